package org.coproduce.involvement.pyramid;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The Involvement Pyramid level to put a person at")
public record NewPersonLevel(
    @Schema(example = "CO_PRODUCING", description = "The code of a level in /pyramid-levels")
        @NotBlank
        String level) {}
