package org.coproduce.involvement.panel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new score and note for one of the caller's scores")
public record ScoreChange(
    @Schema(example = "5", description = "1 (poor) to 5 (excellent)") @NotNull @Min(1) @Max(5)
        Integer score,
    @Schema(example = "On reflection, the strongest answer of the day") @Size(max = 2000)
        String note) {}
