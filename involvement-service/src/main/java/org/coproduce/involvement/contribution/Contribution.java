package org.coproduce.involvement.contribution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * "You said, we did": what a person contributed, what was done with it, and when they were told.
 * What they said is free text about them, so it never leaves this service in an event.
 */
@Entity
public class Contribution extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "person_id")
  public UUID personId;

  @Enumerated(EnumType.STRING)
  public ContributionKind kind;

  /** What the person said, in their words or as recorded. */
  public String said;

  /** The project in project-service it was about, if any; another service's, so only its id. */
  @Column(name = "project_id")
  public UUID projectId;

  @Column(name = "meeting_id")
  public UUID meetingId;

  @Column(name = "session_id")
  public UUID sessionId;

  @Column(name = "contributed_on")
  public LocalDate contributedOn;

  /** The day by which the person should be told what was done. */
  @Column(name = "tell_back_due_on")
  public LocalDate tellBackDueOn;

  /** What was done with it. */
  @Column(name = "we_did")
  public String weDid;

  @Column(name = "we_did_on")
  public LocalDate weDidOn;

  /** Who did it, as the person would know them (a team, a role). */
  @Column(name = "we_did_by")
  public String weDidBy;

  /** The account id of the member of staff who recorded what was done. */
  @Column(name = "we_did_recorded_by")
  public String weDidRecordedBy;

  @Column(name = "told_back_at")
  public Instant toldBackAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "told_back_channel")
  public TellBackChannel toldBackChannel;

  @Column(name = "told_back_by")
  public String toldBackBy;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The account id of whoever recorded it: a member of staff or the person themselves. */
  @Column(name = "recorded_by")
  public String recordedBy;

  @Version public long version;
}
