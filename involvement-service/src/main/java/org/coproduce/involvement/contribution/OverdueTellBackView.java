package org.coproduce.involvement.contribution;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A contribution whose person has not been told back by its due date; open it to see what"
            + " was said")
public record OverdueTellBackView(
    UUID contributionId,
    UUID personId,
    ContributionKind kind,
    LocalDate contributedOn,
    LocalDate tellBackDueOn,
    @Schema(description = "Whether what was done is recorded, so only the telling is left")
        boolean weDidRecorded) {

  static OverdueTellBackView of(Contribution contribution) {
    return new OverdueTellBackView(
        contribution.id,
        contribution.personId,
        contribution.kind,
        contribution.contributedOn,
        contribution.tellBackDueOn,
        contribution.weDid != null);
  }
}
