package org.coproduce.payment.ratecard;

/** How a fee rule turns hours into pence. */
public enum FeeKind {
  /** Fixed amounts by hours reached: "under 2 hours £10, 2 hours or more £20". */
  BANDED,
  /** A half-day rate, or the day rate from a number of hours. */
  HALF_DAY_DAY,
  /** Pence per hour, never more than a cap. */
  HOURLY
}
