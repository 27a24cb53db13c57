package org.coproduce.involvement.election;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An election of ambassadors by and from the service users and carers in the register. */
@Entity
public class Election extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "role_title")
  public String roleTitle;

  public int seats;

  @Column(name = "nominations_open_at")
  public Instant nominationsOpenAt;

  @Column(name = "nominations_close_at")
  public Instant nominationsCloseAt;

  @Column(name = "voting_open_at")
  public Instant votingOpenAt;

  @Column(name = "voting_close_at")
  public Instant votingCloseAt;

  @Column(name = "term_months")
  public int termMonths;

  @Column(name = "declared_at")
  public Instant declaredAt;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The account id of the coordinator who opened it. */
  @Column(name = "created_by")
  public String createdBy;

  @Version public long version;

  public ElectionPhase phaseAt(Instant now) {
    if (declaredAt != null) {
      return ElectionPhase.DECLARED;
    }
    if (now.isBefore(nominationsOpenAt)) {
      return ElectionPhase.UPCOMING;
    }
    if (now.isBefore(nominationsCloseAt)) {
      return ElectionPhase.NOMINATIONS_OPEN;
    }
    if (now.isBefore(votingOpenAt)) {
      return ElectionPhase.AWAITING_VOTING;
    }
    return now.isBefore(votingCloseAt) ? ElectionPhase.VOTING_OPEN : ElectionPhase.VOTING_CLOSED;
  }

  void schedule(ElectionSchedule schedule) {
    nominationsOpenAt = schedule.nominationsOpenAt();
    nominationsCloseAt = schedule.nominationsCloseAt();
    votingOpenAt = schedule.votingOpenAt();
    votingCloseAt = schedule.votingCloseAt();
  }
}
