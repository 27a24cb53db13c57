package org.coproduce.payment.ledger;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A payee's money in one tax year: everything raised net of reversals and rejections, and"
            + " how much of it finance has paid")
public record PayeeTotal(
    UUID personId,
    @Schema(example = "2026-27") String taxYear,
    @Schema(example = "4000") long amountPence,
    @Schema(example = "2000") long paidPence,
    @Schema(example = "3") long entries) {}
