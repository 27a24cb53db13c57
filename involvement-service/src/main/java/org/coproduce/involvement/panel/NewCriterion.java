package org.coproduce.involvement.panel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A criterion to score candidates on, proposed by a panel member")
public record NewCriterion(
    @Schema(example = "Listens to patients and carers and acts on what they say")
        @NotBlank
        @Size(max = 500)
        String text,
    @Schema(example = "4", description = "How much it counts, 1 (a little) to 5 (most)")
        @NotNull
        @Min(1)
        @Max(5)
        Integer weight) {}
