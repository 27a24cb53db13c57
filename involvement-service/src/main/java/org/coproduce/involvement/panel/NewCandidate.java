package org.coproduce.involvement.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A candidate, by a reference only: never their name or other details")
public record NewCandidate(
    @Schema(example = "Candidate A") @NotBlank @Size(max = 40) String reference) {}
