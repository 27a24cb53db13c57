package org.coproduce.payment.payee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/** A person's payment details, for subject access (masked, as everywhere) and erasure. */
@ApplicationScoped
public class PayeeData implements PersonalData {
  private final PayeeService payees;
  private final EntityManager entityManager;

  public PayeeData(PayeeService payees, EntityManager entityManager) {
    this.payees = payees;
    this.entityManager = entityManager;
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
   * Bank details are wiped, those awaiting confirmation too (discarded); the route, the benefits
   * flag and the payee reference stay, as facts of what was paid and how (finance retention). A
   * BACS payee without bank details is not exported.
   */
  @Override
  public void erase(UUID personId) {
    entityManager
        .createNativeQuery(
            "insert into payee_change_decision (change_id, outcome, decided_by, decided_at)"
                + " select pending_change_id, 'DISCARDED', 'erasure', now() from payee"
                + " where person_id = :person and pending_change_id is not null")
        .setParameter("person", personId)
        .executeUpdate();
    Payee.update(
        "bankDetails = null, bankKeyId = null, sortCodeLast2 = null, accountLast2 = null,"
            + " pendingChangeId = null, pendingBankDetails = null, pendingBankKeyId = null,"
            + " pendingSortCodeLast2 = null, pendingAccountLast2 = null where personId = ?1",
        personId);
  }
}
