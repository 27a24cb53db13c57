package org.coproduce.payment.ratecard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The next version of the rate card")
public record NewRateCard(
    @Schema(example = "2027-04", description = "How people and claims name this version")
        @NotBlank
        @Pattern(
            regexp = "[A-Za-z0-9._-]{1,32}",
            message = "must be 1 to 32 letters, digits, . _ -")
        String version,
    @Schema(
            example = "2027-04-01",
            description = "In force from this day; later than the latest version's")
        @NotNull
        LocalDate effectiveFrom,
    @Schema(example = "45", description = "Mileage in pence per mile")
        @NotNull
        @PositiveOrZero
        @Max(200)
        Integer mileagePencePerMile,
    @Schema(description = "A fee rule per activity type, at most one each")
        @NotEmpty
        @Size(max = 20)
        List<@Valid @NotNull FeeRule> fees,
    @Schema(
            description =
                "A cap per expense category, at most one each; a category without one"
                    + " cannot be claimed under this version")
        @NotNull
        @Size(max = 10)
        List<@Valid @NotNull ExpenseCap> expenses) {}
