package org.coproduce.strategy.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/** The involvement indicators as the board sees them, computed only from events. */
public record IndicatorsView(
    long projects,
    long people,
    long participations,
    BigDecimal hoursContributed,
    long claims,
    long claimedPence,
    long payments,
    long paidPence,
    Instant lastEventAt) {

  public static IndicatorsView of(IndicatorTotals totals) {
    return new IndicatorsView(
        totals.projects,
        totals.people,
        totals.participations,
        totals.hours,
        totals.claims,
        totals.claimedPence,
        totals.payments,
        totals.paidPence,
        totals.lastEventAt);
  }
}
