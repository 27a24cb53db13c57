package org.coproduce.payment.ratecard;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A fixed fee paid from a number of hours on")
public record Band(
    @Schema(example = "2", description = "Paid when the hours reach this (0 to 24)")
        @NotNull
        @DecimalMin("0")
        @DecimalMax("24")
        BigDecimal hoursFrom,
    @Schema(example = "2000", description = "The fee in pence")
        @NotNull
        @PositiveOrZero
        @Max(FeeRule.MAX_FEE_PENCE)
        Long amountPence) {}
