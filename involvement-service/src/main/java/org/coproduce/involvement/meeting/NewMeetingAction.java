package org.coproduce.involvement.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "An action agreed at a meeting; its owner is a member of staff (ownerAccountId) or a person"
            + " in the register (ownerPersonId), exactly one of them")
public record NewMeetingAction(
    @Schema(example = "Ask estates for new signs to the discharge lounge")
        @NotBlank
        @Size(max = 1000)
        String description,
    @Schema(example = "3f1c2b7e-2d5a-4c8e-9f0a-6b7c8d9e0f1a") @Size(max = 100)
        String ownerAccountId,
    @Schema(example = "5b0f9a52-8f1e-4a3e-9d7c-2f7f3c1e8a10") UUID ownerPersonId,
    @Schema(example = "2026-04-30") LocalDate dueOn) {}
