package org.coproduce.involvement.participation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person's attendance at a project session, to record")
public record NewParticipation(
    @Schema(example = "5b0f9a52-8f1e-4a3e-9d7c-2f7f3c1e8a10") @NotNull UUID personId,
    @Schema(example = "0d3c7a4e-6b2f-4c1a-8e5d-9a1b2c3d4e5f") @NotNull UUID projectId,
    @Schema(example = "FOCUS_GROUP") @NotNull ActivityType activityType,
    @Schema(example = "2026-03-14", description = "The day the session took place") @NotNull
        LocalDate date,
    @Schema(example = "2.5", description = "More than 0, at most 24, at most 2 decimals")
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("24")
        @Digits(integer = 2, fraction = 2)
        BigDecimal hours,
    @Schema(
            example = "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            description =
                "The session attended; a person's attendance at a session is recorded once")
        UUID sessionId) {}
