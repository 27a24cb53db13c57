package org.coproduce.payment.claim;

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
import org.coproduce.payment.ratecard.ExpenseCategory;

/**
 * A fee claim for one participation (never more than one per participation) or an expense claim.
 * Its money is in {@link ClaimLine}s, which are only ever added; the amount, hours and rate card
 * version here are the current ones, kept in step with the lines.
 */
@Entity
public class Claim extends PanacheEntityBase {
  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public ClaimKind kind;

  /** The participation a fee is for; null for an expense. */
  @Column(name = "participation_id")
  public UUID participationId;

  @Column(name = "person_id")
  public UUID personId;

  /** Null for attendance at an activity outside a QI project, which is paid all the same. */
  @Column(name = "project_id")
  public UUID projectId;

  @Column(name = "cost_centre")
  public String costCentre;

  @Column(name = "activity_type")
  public String activityType;

  /** The day of the activity, or of the expense. */
  @Column(name = "activity_date")
  public LocalDate activityDate;

  public BigDecimal hours;

  @Enumerated(EnumType.STRING)
  public ExpenseCategory category;

  public BigDecimal miles;

  @Column(name = "receipt_file_name")
  public String receiptFileName;

  @Column(name = "receipt_content_type")
  public String receiptContentType;

  @Column(name = "receipt_size_bytes")
  public Long receiptSizeBytes;

  @Column(name = "receipt_sha256")
  public String receiptSha256;

  @Column(name = "amount_pence")
  public long amountPence;

  @Column(name = "rate_card_version")
  public String rateCardVersion;

  @Enumerated(EnumType.STRING)
  public ClaimStatus status;

  /**
   * Who recorded the attendance (fee) or submitted the expense: they may never approve this claim.
   */
  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;
}
