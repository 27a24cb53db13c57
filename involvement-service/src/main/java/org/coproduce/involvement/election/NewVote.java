package org.coproduce.involvement.election;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A secret vote for one candidate (the person id of an accepted nominee)")
public record NewVote(
    @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") @NotNull UUID candidatePersonId) {}
