package org.coproduce.involvement.activity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One line of an attendance sheet: who attended and for how long")
public record AttendanceEntry(
    @Schema(example = "5b0f9a52-8f1e-4a3e-9d7c-2f7f3c1e8a10") @NotNull UUID personId,
    @Schema(example = "2.5", description = "More than 0, at most 24, at most 2 decimals")
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("24")
        @Digits(integer = 2, fraction = 2)
        BigDecimal hours) {}
