package org.coproduce.payment.payee;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/** A person's payment details, for subject access (masked, as everywhere) and erasure. */
@ApplicationScoped
public class PayeeData implements PersonalData {
  private final PayeeService payees;

  public PayeeData(PayeeService payees) {
    this.payees = payees;
  }

  @Override
  public String section() {
    return "paymentDetails";
  }

  @Override
  public PayeeView exportFor(UUID personId) {
    Payee payee = Payee.findById(personId);
    return payee == null ? null : payees.view(payee);
  }

  /**
   * Bank details are wiped; the route, the benefits flag and the payee reference stay, as facts of
   * what was paid and how (finance retention). A BACS payee without bank details is not exported.
   */
  @Override
  public void erase(UUID personId) {
    Payee.update(
        "bankDetails = null, bankKeyId = null, sortCodeLast2 = null, accountLast2 = null"
            + " where personId = ?1",
        personId);
  }
}
