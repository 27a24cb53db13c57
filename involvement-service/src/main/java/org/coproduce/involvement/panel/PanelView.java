package org.coproduce.involvement.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recruitment panel: its members, criteria and candidates, not its scores")
public record PanelView(
    UUID id,
    String postTitle,
    LocalDate interviewDate,
    @Schema(description = "The account id of the coordinator who runs the panel") String runBy,
    boolean closed,
    Instant closedAt,
    List<Member> members,
    List<Criterion> criteria,
    List<Candidate> candidates,
    Instant createdAt,
    long version) {

  public static PanelView of(
      Panel panel,
      List<PanelMember> members,
      List<PanelCriterion> criteria,
      List<PanelCandidate> candidates) {
    return new PanelView(
        panel.id,
        panel.postTitle,
        panel.interviewDate,
        panel.createdBy,
        panel.closed(),
        panel.closedAt,
        members.stream().map(Member::of).toList(),
        criteria.stream().map(Criterion::of).toList(),
        candidates.stream().map(Candidate::of).toList(),
        panel.createdAt,
        panel.version);
  }

  /** A member: personId for a service user or carer, accountId for staff. */
  public record Member(UUID id, UUID personId, String accountId) {
    public static Member of(PanelMember member) {
      return new Member(member.id, member.personId, member.accountId);
    }
  }

  public record Criterion(UUID id, String text, int weight, String proposedBy) {
    public static Criterion of(PanelCriterion criterion) {
      return new Criterion(criterion.id, criterion.text, criterion.weight, criterion.proposedBy);
    }
  }

  public record Candidate(UUID id, String reference) {
    public static Candidate of(PanelCandidate candidate) {
      return new Candidate(candidate.id, candidate.reference);
    }
  }
}
