package org.coproduce.involvement.participation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's attendance, and its hours, at an involvement activity; {@code hours} are the current
 * hours, after any {@link ParticipationCorrection}.
 */
@Entity
public class Participation extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "person_id")
  public UUID personId;

  /**
   * The project in project-service (another service's aggregate, so only its id); null for
   * activities outside a project.
   */
  @Column(name = "project_id")
  public UUID projectId;

  @Enumerated(EnumType.STRING)
  @Column(name = "activity_type")
  public ActivityType activityType;

  /** The day the session took place. */
  @Column(name = "session_date")
  public LocalDate date;

  public BigDecimal hours;

  /** The session attended, when the activity had one; a person attends a session once. */
  @Column(name = "session_id")
  public UUID sessionId;

  /** The activity, when recorded from a session's attendance sheet. */
  @Column(name = "activity_id")
  public UUID activityId;

  /**
   * The first recording of the same attendance, when this one repeated it before attendance was
   * unique (migration V9); it is not counted again and its payment is for finance to reverse.
   */
  @Column(name = "duplicate_of")
  public UUID duplicateOf;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The account id of the member of staff who recorded it; never the approver of its claim. */
  @Column(name = "recorded_by")
  public String recordedBy;

  @Version public long version;
}
