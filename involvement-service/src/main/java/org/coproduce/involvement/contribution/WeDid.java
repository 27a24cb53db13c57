package org.coproduce.involvement.contribution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What was done with a contribution (\"we did\"); it replaces what was there")
public record WeDid(
    @Schema(example = "Visiting times are now on every ward door") @NotBlank @Size(max = 4000)
        String text,
    @Schema(example = "2026-04-02") @NotNull @PastOrPresent LocalDate doneOn,
    @Schema(
            example = "Ward 7 nursing team",
            description = "Who did it, as the person would know them")
        @NotBlank
        @Size(max = 200)
        String doneBy) {}
