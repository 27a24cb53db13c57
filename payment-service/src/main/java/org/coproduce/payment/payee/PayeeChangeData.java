package org.coproduce.payment.payee;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/** The history of a person's payment details, for subject access and erasure. */
@ApplicationScoped
public class PayeeChangeData implements PersonalData {

  @Override
  public String section() {
    return "paymentDetailsChanges";
  }

  @Override
  public List<PayeeChangeView> exportFor(UUID personId) {
    return PayeeChange.<PayeeChange>list("personId = ?1 order by createdAt, id", personId).stream()
        .map(change -> PayeeChangeView.of(change, PayeeChangeDecision.findById(change.id)))
        .toList();
  }

  /**
   * Who changed what and when stays (the record of how the person was paid); the last two digits of
   * bank details, the only part of them the history holds, are wiped.
   */
  @Override
  public void erase(UUID personId) {
    PayeeChange.update("sortCodeLast2 = null, accountLast2 = null where personId = ?1", personId);
  }
}
