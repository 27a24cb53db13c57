package org.coproduce.payment.payee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What became of a change that awaited confirmation; one per change, never edited. */
@Entity
@Table(name = "payee_change_decision")
public class PayeeChangeDecision extends PanacheEntityBase {
  /** What became of it. */
  public enum Outcome {
    /** A second person confirmed it: exports use it from then on. */
    CONFIRMED,
    /** The person, or another member of staff, said it was wrong: it was never used. */
    DISCARDED,
    /** A later change replaced it before anyone confirmed it. */
    SUPERSEDED
  }

  @Id
  @Column(name = "change_id")
  public UUID changeId;

  @Enumerated(EnumType.STRING)
  public Outcome outcome;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;
}
