package org.coproduce.payment.ratecard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The most one expense claim of a category may be")
public record ExpenseCap(
    @Schema(example = "PARKING") @NotNull ExpenseCategory category,
    @Schema(example = "2000", description = "In pence") @NotNull @Positive @Max(1_000_000)
        Long capPence) {}
