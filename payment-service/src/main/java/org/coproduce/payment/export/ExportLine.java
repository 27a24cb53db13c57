package org.coproduce.payment.export;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduce.payment.claim.LineKind;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A claim line as it was exported (written in bulk by {@link ExportService}); only its outcome
 * changes, once. The columns that only the files need are read by {@link ExportFiles}.
 */
@Entity
// Updates name only the columns that changed: the service may update no others (V7 migration).
@DynamicUpdate
@Table(name = "export_line")
public class ExportLine extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "batch_id")
  public UUID batchId;

  public int position;

  @Column(name = "claim_line_id")
  public UUID claimLineId;

  @Column(name = "claim_id")
  public UUID claimId;

  @Column(name = "person_id")
  public UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "line_kind")
  public LineKind lineKind;

  public LocalDate day;

  @Column(name = "amount_pence")
  public long amountPence;

  @Enumerated(EnumType.STRING)
  public ExportOutcome outcome;

  @Column(name = "failure_reason")
  public String failureReason;

  @Column(name = "outcome_by")
  public String outcomeBy;

  @Column(name = "outcome_at")
  public Instant outcomeAt;

  @Column(name = "created_at")
  public Instant createdAt;
}
