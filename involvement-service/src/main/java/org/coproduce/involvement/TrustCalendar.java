package org.coproduce.involvement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days as the trust's staff and volunteers count them: a due date or a newsletter period is a day
 * in England, not in UTC (they differ for an hour every night in summer).
 */
public final class TrustCalendar {
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** The first instant of the day. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  private TrustCalendar() {}
}
