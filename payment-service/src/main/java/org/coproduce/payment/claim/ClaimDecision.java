package org.coproduce.payment.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An approval or rejection of what was pending on a claim: the audit of who, when and why. */
@Entity
@Table(name = "claim_decision")
public class ClaimDecision extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "claim_id")
  public UUID claimId;

  @Enumerated(EnumType.STRING)
  public ClaimStatus outcome;

  public String reason;

  /** The net of the lines decided. */
  @Column(name = "amount_pence")
  public long amountPence;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;
}
