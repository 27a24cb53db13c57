package org.coproduce.involvement.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** What someone who attended a session thought of it. Given once, never changed. */
@Entity
public class Feedback extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "session_id")
  public UUID sessionId;

  @Column(name = "person_id")
  public UUID personId;

  /** How was it? 1 to 5. */
  public int overall;

  /** How useful was it? 1 to 5. */
  public int usefulness;

  /** Free text about a session: stays here, never in events or logs. */
  public String comment;

  /** When the feedback was given. */
  @Column(name = "created_at")
  public Instant createdAt;
}
