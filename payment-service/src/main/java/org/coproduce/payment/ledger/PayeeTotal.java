package org.coproduce.payment.ledger;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the ledger owes a payee in one tax year, net of reversals")
public record PayeeTotal(
    UUID personId,
    @Schema(example = "2026-27") String taxYear,
    @Schema(example = "4000") long amountPence,
    @Schema(example = "3") long entries) {}
