package org.coproduce.involvement.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who attended, as recorded after the meeting; it replaces the list")
public record AttendeesChange(
    @Schema(example = "[\"5b0f9a52-8f1e-4a3e-9d7c-2f7f3c1e8a10\"]") @NotNull @Size(max = 500)
        List<@NotNull UUID> attendees) {}
