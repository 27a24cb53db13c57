package org.coproduce.payment.payee;

import java.util.List;
import org.coproduce.payment.Money;

/** What a person who receives benefits is told wherever their payment details are shown. */
final class BenefitsGuidance {

  static List<String> forLimit(long weeklyLimitPence) {
    String limit = Money.pounds(weeklyLimitPence);
    return List.of(
        "Repaid expenses (travel, parking, carer and childcare costs) are not income: they do not"
            + " count as earnings for your benefits.",
        "Fees for your time can count as earnings. You can choose to be paid less, to be paid in"
            + " vouchers, to donate your fee, or to decline payment altogether, at any time.",
        "If your fees in one week (Monday to Sunday) would come to more than "
            + limit
            + ", we warn you and your coordinator before they are paid, so you can decide.",
        "Tell the office that pays your benefits about payments as your benefit asks you to. For"
            + " free, confidential advice, ask the involvement team or an independent adviser"
            + " such as Citizens Advice.");
  }

  private BenefitsGuidance() {}
}
