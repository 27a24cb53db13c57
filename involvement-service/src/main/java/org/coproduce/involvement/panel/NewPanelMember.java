package org.coproduce.involvement.panel;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A panel member: a service user or carer from the register (personId) or a member of staff"
            + " (accountId); exactly one of the two")
public record NewPanelMember(
    @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID personId,
    @Schema(example = "5e1d3b0a-staff-account") @Size(min = 1, max = 100) String accountId) {}
