package org.coproduce.involvement.interest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A volunteer's interest in an opportunity")
public record NewInterest(
    @Schema(
            example = "Free on Tuesday mornings; I will need a seat near the door",
            description = "Anything about availability or needs the coordinator should know")
        @Size(max = 2000)
        String note) {}
