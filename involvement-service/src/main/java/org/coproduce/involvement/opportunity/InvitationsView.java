package org.coproduce.involvement.opportunity;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many people were told about an opportunity just now")
public record InvitationsView(
    UUID opportunityId,
    @Schema(example = "12", description = "Messages sent now") int invited,
    @Schema(example = "3", description = "Suggested people told about it before, not again")
        int alreadyInvited) {}
