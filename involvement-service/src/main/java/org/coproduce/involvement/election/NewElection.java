package org.coproduce.involvement.election;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An election for an ambassador role")
public record NewElection(
    @Schema(example = "Patient and carer ambassador") @NotBlank @Size(max = 200) String roleTitle,
    @Schema(example = "2", description = "How many ambassadors are elected")
        @NotNull
        @Min(1)
        @Max(20)
        Integer seats,
    @Valid @NotNull ElectionSchedule schedule,
    @Schema(example = "24", description = "Length of an ambassador's term in months")
        @NotNull
        @Min(1)
        @Max(60)
        Integer termMonths) {}
