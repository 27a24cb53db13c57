package org.coproduce.involvement.participation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A correction of a participation's hours: from, to, why, who and when. Never changed. */
@Entity
@Table(name = "participation_correction")
public class ParticipationCorrection extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "participation_id")
  public UUID participationId;

  @Column(name = "previous_hours")
  public BigDecimal previousHours;

  public BigDecimal hours;

  public String reason;

  @Column(name = "corrected_by")
  public String correctedBy;

  /** When the correction was made. */
  @Column(name = "created_at")
  public Instant createdAt;
}
