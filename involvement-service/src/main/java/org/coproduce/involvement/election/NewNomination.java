package org.coproduce.involvement.election;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who to nominate: the caller themselves or another service user or carer")
public record NewNomination(
    @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") @NotNull UUID personId) {}
