package org.coproduce.payment.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the ledger books to a cost centre in one tax year")
public record CostCentreTotal(
    @Schema(example = "PEX100") String costCentre,
    @Schema(example = "2026-27") String taxYear,
    @Schema(example = "125000") long amountPence,
    @Schema(example = "80") long entries) {}
