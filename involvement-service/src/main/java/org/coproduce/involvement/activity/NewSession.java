package org.coproduce.involvement.activity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A session of an activity, to arrange: in a place, online, or both")
public record NewSession(
    @Schema(example = "2026-03-14T10:00:00Z") @NotNull OffsetDateTime startsAt,
    @Schema(example = "2026-03-14T12:30:00Z", description = "After startsAt") @NotNull
        OffsetDateTime endsAt,
    @Schema(
            example = "Room 3, Education Centre, St Mary's Hospital",
            description = "Required unless the session is online")
        @Size(max = 500)
        String location,
    @Schema(example = "false") boolean online,
    @Schema(
            example = "Step-free access; hearing loop; BSL interpreter on request",
            description = "What helps people take part")
        @Size(max = 2000)
        String accessInformation) {}
