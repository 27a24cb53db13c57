package org.coproduce.involvement.interest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An expression of interest in an opportunity and where it stands")
public record InterestView(
    UUID id,
    UUID opportunityId,
    @Schema(example = "Carer member of the discharge letters project team") String opportunityTitle,
    UUID personId,
    @Schema(example = "Sam Okafor") String personDisplayName,
    String note,
    @Schema(example = "SHORTLISTED") InterestStatus status,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static InterestView of(
      ExpressionOfInterest interest, String opportunityTitle, String personDisplayName) {
    return new InterestView(
        interest.id,
        interest.opportunityId,
        opportunityTitle,
        interest.personId,
        personDisplayName,
        interest.note,
        interest.status,
        interest.createdAt,
        interest.updatedAt,
        interest.version);
  }
}
