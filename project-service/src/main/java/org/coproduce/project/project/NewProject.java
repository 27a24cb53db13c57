package org.coproduce.project.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A QI project to start")
public record NewProject(
    @Schema(example = "Reducing missed outpatient appointments") @NotBlank @Size(max = 200)
        String title,
    @Schema(
            example =
                "Cut missed appointments in adult mental health outpatients from 18% to 10% by March 2027")
        @NotBlank
        @Size(max = 2000)
        String aim,
    @Schema(description = "Defaults to IDEA") ProjectStatus status,
    @Schema(example = "LQI-48213") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String lifeQiCode) {}
