package org.coproduce.involvement.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The draft of a meeting's minutes; it replaces the previous draft")
public record MinutesDraft(
    @Schema(example = "Present: 8 members. The forum asked for clearer signs to the lounge.")
        @NotBlank
        @Size(max = 50000)
        String text) {}
