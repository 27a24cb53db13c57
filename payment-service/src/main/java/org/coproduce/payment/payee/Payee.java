package org.coproduce.payment.payee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** How one person is paid. Bank details only ever leave this row encrypted or masked. */
@Entity
public class Payee extends PanacheEntityBase {
  @Id
  @Column(name = "person_id")
  public UUID personId;

  /** Identifies the person to finance without their name; never shown outside an export. */
  @Column(name = "payee_reference")
  public String payeeReference;

  @Enumerated(EnumType.STRING)
  public PaymentRoute route;

  /** AES-GCM ciphertext (see {@link BankDetailsCipher}); null when none were given or erased. */
  @Column(name = "bank_details")
  public byte[] bankDetails;

  @Column(name = "bank_key_id")
  public String bankKeyId;

  @Column(name = "sort_code_last2")
  public String sortCodeLast2;

  @Column(name = "account_last2")
  public String accountLast2;

  @Column(name = "receives_benefits")
  public boolean receivesBenefits;

  /** Whoever made the latest change, whether or not it has been confirmed. */
  @Column(name = "updated_by")
  public String updatedBy;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** Bank details staff gave, waiting for a second person; exports use {@link #bankDetails}. */
  @Column(name = "pending_change_id")
  public UUID pendingChangeId;

  @Column(name = "pending_bank_details")
  public byte[] pendingBankDetails;

  @Column(name = "pending_bank_key_id")
  public String pendingBankKeyId;

  @Column(name = "pending_sort_code_last2")
  public String pendingSortCodeLast2;

  @Column(name = "pending_account_last2")
  public String pendingAccountLast2;

  @Version public long version;

  public boolean hasBankDetails() {
    return bankDetails != null;
  }

  public boolean hasPendingChange() {
    return pendingChangeId != null;
  }

  void confirmPending() {
    bankDetails = pendingBankDetails;
    bankKeyId = pendingBankKeyId;
    sortCodeLast2 = pendingSortCodeLast2;
    accountLast2 = pendingAccountLast2;
    clearPending();
  }

  void clearPending() {
    pendingChangeId = null;
    pendingBankDetails = null;
    pendingBankKeyId = null;
    pendingSortCodeLast2 = null;
    pendingAccountLast2 = null;
  }
}
