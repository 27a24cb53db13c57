package org.coproduce.involvement.pyramid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new level of the Involvement Pyramid")
public record NewPyramidLevel(
    @Schema(
            example = "CHAMPIONING",
            description = "Capitals and underscores, not NONE (no level); never changes")
        @NotNull
        @Pattern(regexp = "(?!NONE$)[A-Z][A-Z_]{1,39}")
        String code,
    @Schema(example = "Championing") @NotBlank @Size(max = 100) String label,
    @Schema(example = "6", description = "Position in the pyramid, 1 at the bottom; unique")
        @NotNull
        @Min(1)
        @Max(100)
        Integer rank) {}
