package org.coproduce.involvement.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The 4Pi evaluation of an activity: principles, purpose, presence, process, impact (1 to 5). */
@Entity
@Table(name = "activity_evaluation")
public class Evaluation extends PanacheEntityBase {
  @Id
  @Column(name = "activity_id")
  public UUID activityId;

  public int principles;
  public int purpose;
  public int presence;
  public int process;
  public int impact;

  public String notes;

  @Column(name = "evaluated_by")
  public String evaluatedBy;

  /** When the scores were last set. */
  @Column(name = "evaluated_at")
  public Instant evaluatedAt;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;
}
