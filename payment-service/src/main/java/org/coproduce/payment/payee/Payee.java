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

  @Column(name = "updated_by")
  public String updatedBy;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;

  public boolean hasBankDetails() {
    return bankDetails != null;
  }
}
