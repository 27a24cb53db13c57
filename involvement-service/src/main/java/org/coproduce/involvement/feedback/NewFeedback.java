package org.coproduce.involvement.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What you thought of a session you attended")
public record NewFeedback(
    @Schema(example = "4", description = "How was it? 1 (poor) to 5 (excellent)")
        @NotNull
        @Min(1)
        @Max(5)
        Integer overall,
    @Schema(example = "5", description = "How useful was it? 1 (not at all) to 5 (very)")
        @NotNull
        @Min(1)
        @Max(5)
        Integer usefulness,
    @Schema(example = "More breaks next time, please", description = "Anything else (optional)")
        @Size(max = 2000)
        String comment) {}
