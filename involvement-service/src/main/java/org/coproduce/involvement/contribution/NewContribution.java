package org.coproduce.involvement.contribution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a person said (\"you said\"), to record; a volunteer records their own")
public record NewContribution(
    @Schema(example = "5b0f9a52-8f1e-4a3e-9d7c-2f7f3c1e8a10", description = "Who said it") @NotNull
        UUID personId,
    @Schema(example = "IDEA") @NotNull ContributionKind kind,
    @Schema(example = "Put the visiting times on the ward door, not only on the website")
        @NotBlank
        @Size(max = 4000)
        String text,
    @Schema(
            example = "0d3c7a4e-6b2f-4c1a-8e5d-9a1b2c3d4e5f",
            description = "The project it is about")
        UUID projectId,
    @Schema(
            example = "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            description = "The meeting it was said at")
        UUID meetingId,
    @Schema(
            example = "a3bb189e-8bf9-3888-9912-ace4e6543002",
            description = "The session it was said at")
        UUID sessionId,
    @Schema(example = "2026-03-14", description = "The day it was said; today if not given")
        @PastOrPresent
        LocalDate contributedOn) {}
