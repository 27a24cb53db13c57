package org.coproduce.payment.ledger;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The UK tax year a day falls in, which runs from 6 April to 5 April: "2026-27". Entries written in
 * bulk use the same rule in SQL ({@code uk_tax_year}, migration V5).
 */
public final class TaxYear {
  private static final MonthDay FIRST_DAY = MonthDay.of(4, 6);

  public static String of(LocalDate day) {
    int start = MonthDay.from(day).isBefore(FIRST_DAY) ? day.getYear() - 1 : day.getYear();
    return "%d-%02d".formatted(start, (start + 1) % 100);
  }

  private TaxYear() {}
}
