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

/**
 * One change of how a person is paid, as it was made: kept for good, never edited (erasure only
 * wipes the two digits). Holds no bank details, only what a masked view shows.
 */
@Entity
@Table(name = "payee_change")
public class PayeeChange extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "person_id")
  public UUID personId;

  @Enumerated(EnumType.STRING)
  public PaymentRoute route;

  @Column(name = "receives_benefits")
  public boolean receivesBenefits;

  @Column(name = "bank_changed")
  public boolean bankChanged;

  @Column(name = "sort_code_last2")
  public String sortCodeLast2;

  @Column(name = "account_last2")
  public String accountLast2;

  @Column(name = "changed_by")
  public String changedBy;

  @Column(name = "by_payee")
  public boolean byPayee;

  @Column(name = "awaiting_confirmation")
  public boolean awaitingConfirmation;

  /** When it was made (named for paging, which orders every list by createdAt). */
  @Column(name = "changed_at")
  public Instant createdAt;
}
