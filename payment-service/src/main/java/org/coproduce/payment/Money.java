package org.coproduce.payment;

import java.math.BigDecimal;

/** Pence as people read money in messages: £20.00, -£5.50. */
public final class Money {

  public static String pounds(long pence) {
    String amount = "£" + BigDecimal.valueOf(Math.abs(pence), 2).toPlainString();
    return pence < 0 ? "-" + amount : amount;
  }

  private Money() {}
}
