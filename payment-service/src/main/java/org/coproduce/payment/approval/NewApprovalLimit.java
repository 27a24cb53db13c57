package org.coproduce.payment.approval;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An approver's own limit per claim")
public record NewApprovalLimit(
    @Schema(example = "100000", description = "In pence, at most 10,000,000 (£100,000)")
        @NotNull
        @PositiveOrZero
        @Max(10_000_000)
        Long limitPence) {}
