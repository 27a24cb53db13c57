package org.coproduce.payment.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One amount on a claim: a fee, an expense, or the reversal of an earlier line. Its money never
 * changes; only its approval status does, once.
 */
@Entity
// Updates name only the columns that changed: the service may update no others (V7 migration).
@DynamicUpdate
@Table(name = "claim_line")
public class ClaimLine extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "claim_id")
  public UUID claimId;

  @Enumerated(EnumType.STRING)
  public LineKind kind;

  /** Signed: a reversal is negative. */
  @Column(name = "amount_pence")
  public long amountPence;

  public BigDecimal hours;

  public BigDecimal miles;

  @Column(name = "rate_card_version")
  public String rateCardVersion;

  @Column(name = "reverses_line_id")
  public UUID reversesLineId;

  /** The participation correction that added this line, so a correction applies once. */
  @Column(name = "correction_id")
  public UUID correctionId;

  /** Who caused the line (recorded, corrected or submitted): they may not approve it. */
  @Column(name = "raised_by")
  public String raisedBy;

  @Enumerated(EnumType.STRING)
  public ClaimStatus status;

  @Column(name = "decision_id")
  public UUID decisionId;

  @Column(name = "created_at")
  public Instant createdAt;

  /** Counts towards what is owed unless rejected. */
  public boolean counts() {
    return status != ClaimStatus.REJECTED;
  }
}
