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
import org.coproduce.payment.payee.PaymentRoute;
import org.hibernate.annotations.DynamicUpdate;

/** Approved lines of one route and period, sent to finance together. Never changes once made. */
@Entity
// Updates name only the columns that changed: the service may update no others (V7 migration).
@DynamicUpdate
@Table(name = "export_batch")
public class ExportBatch extends PanacheEntityBase {
  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public PaymentRoute route;

  @Column(name = "period_from")
  public LocalDate periodFrom;

  @Column(name = "period_to")
  public LocalDate periodTo;

  @Column(name = "line_count")
  public int lineCount;

  @Column(name = "total_pence")
  public long totalPence;

  /** SHA-256 (hex) of the batch's CSV file. */
  public String checksum;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;
}
