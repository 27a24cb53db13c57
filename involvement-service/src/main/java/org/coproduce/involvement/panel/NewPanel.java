package org.coproduce.involvement.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recruitment interview panel for a staff post")
public record NewPanel(
    @Schema(example = "Ward manager, Rowan Ward") @NotBlank @Size(max = 200) String postTitle,
    @Schema(example = "2026-05-12", description = "The day of the interviews") @NotNull
        LocalDate interviewDate) {}
