package org.coproduce.involvement.participation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The right hours of a participation, and why they were wrong")
public record NewCorrection(
    @Schema(example = "3", description = "More than 0, at most 24, at most 2 decimals")
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("24")
        @Digits(integer = 2, fraction = 2)
        BigDecimal hours,
    @Schema(
            example = "The workshop overran by half an hour",
            description = "Kept with the correction; never published")
        @NotBlank
        @Size(max = 2000)
        String reason) {}
