package org.coproduce.involvement.pyramid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A level's new label and rank; its code never changes")
public record PyramidLevelChange(
    @Schema(example = "Co-producing") @NotBlank @Size(max = 100) String label,
    @Schema(example = "4") @NotNull @Min(1) @Max(100) Integer rank) {}
