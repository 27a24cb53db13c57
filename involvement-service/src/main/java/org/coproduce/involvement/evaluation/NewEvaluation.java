package org.coproduce.involvement.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A 4Pi evaluation of an activity: each principle scored 1 (poor) to 5")
public record NewEvaluation(
    @Schema(example = "4", description = "Were the values and principles of involvement upheld?")
        @NotNull
        @Min(1)
        @Max(5)
        Integer principles,
    @Schema(example = "5", description = "Was the purpose clear, and achieved?")
        @NotNull
        @Min(1)
        @Max(5)
        Integer purpose,
    @Schema(example = "3", description = "Were the right people involved, diverse voices heard?")
        @NotNull
        @Min(1)
        @Max(5)
        Integer presence,
    @Schema(example = "4", description = "Did the way people were involved work for them?")
        @NotNull
        @Min(1)
        @Max(5)
        Integer process,
    @Schema(example = "3", description = "What difference did involvement make?")
        @NotNull
        @Min(1)
        @Max(5)
        Integer impact,
    @Schema(example = "Carers were under-represented; evening sessions next time") @Size(max = 4000)
        String notes) {}
