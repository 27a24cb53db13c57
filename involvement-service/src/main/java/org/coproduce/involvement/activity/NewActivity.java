package org.coproduce.involvement.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.coproduce.involvement.participation.ActivityType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An involvement activity to plan, or its details to change")
public record NewActivity(
    @Schema(example = "Discharge letters focus group") @NotBlank @Size(max = 200) String title,
    @Schema(example = "FOCUS_GROUP") @NotNull ActivityType activityType,
    @Schema(
            example = "LITTLE_I",
            description = "BIG_I: people share decisions; LITTLE_I: people are consulted")
        @NotNull
        InvolvementLevel involvementLevel,
    @Schema(
            example = "Letters that patients understand, so fewer people come back confused",
            description = "What difference this will make")
        @NotBlank
        @Size(max = 2000)
        String purpose,
    @Schema(
            example = "0d3c7a4e-6b2f-4c1a-8e5d-9a1b2c3d4e5f",
            description = "The QI project it serves, if any")
        UUID projectId,
    @Schema(
            example = "2b1c0d9e-8f7a-4b6c-9d5e-4f3a2b1c0d9e",
            description = "The opportunity people were recruited through, if any")
        UUID opportunityId) {}
