package org.coproduce.payment.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A fee claim for one participation; there is never more than one per participation. */
@Entity
public class Claim extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "participation_id")
  public UUID participationId;

  @Column(name = "person_id")
  public UUID personId;

  /** Null for attendance at an activity outside a QI project, which is paid all the same. */
  @Column(name = "project_id")
  public UUID projectId;

  @Column(name = "activity_type")
  public String activityType;

  @Column(name = "activity_date")
  public LocalDate activityDate;

  public BigDecimal hours;

  @Column(name = "amount_pence")
  public long amountPence;

  @Column(name = "rate_card_version")
  public String rateCardVersion;

  @Enumerated(EnumType.STRING)
  public ClaimStatus status;

  /** Who recorded the attendance: they may never approve this claim. */
  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "created_at")
  public Instant createdAt;
}
