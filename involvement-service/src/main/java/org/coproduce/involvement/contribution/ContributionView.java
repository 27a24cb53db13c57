package org.coproduce.involvement.contribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description = "A contribution: what was said, what was done and whether the person was told")
public record ContributionView(
    UUID id,
    UUID personId,
    ContributionKind kind,
    String text,
    UUID projectId,
    UUID meetingId,
    UUID sessionId,
    LocalDate contributedOn,
    LocalDate tellBackDueOn,
    @Schema(description = "What was done; null until it is recorded") WeDidView weDid,
    boolean toldBack,
    Instant toldBackAt,
    TellBackChannel toldBackChannel,
    String recordedBy,
    Instant createdAt,
    long version) {

  public record WeDidView(String text, LocalDate doneOn, String doneBy, String recordedBy) {}

  static ContributionView of(Contribution contribution) {
    return new ContributionView(
        contribution.id,
        contribution.personId,
        contribution.kind,
        contribution.said,
        contribution.projectId,
        contribution.meetingId,
        contribution.sessionId,
        contribution.contributedOn,
        contribution.tellBackDueOn,
        contribution.weDid == null
            ? null
            : new WeDidView(
                contribution.weDid,
                contribution.weDidOn,
                contribution.weDidBy,
                contribution.weDidRecordedBy),
        contribution.toldBackAt != null,
        contribution.toldBackAt,
        contribution.toldBackChannel,
        contribution.recordedBy,
        contribution.createdAt,
        contribution.version);
  }
}
