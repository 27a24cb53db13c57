package org.coproduce.strategy.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The running totals of the indicator projection (a single row). */
@Entity
@Table(name = "indicator_totals")
public class IndicatorTotals extends PanacheEntityBase {
  static final int ONLY_ROW = 1;

  @Id public int id;

  public long projects;

  public long people;

  public long participations;

  public BigDecimal hours;

  public long claims;

  @Column(name = "claimed_pence")
  public long claimedPence;

  /** Claim lines finance has paid, and what they came to (reversals recovered count negative). */
  public long payments;

  @Column(name = "paid_pence")
  public long paidPence;

  @Column(name = "last_event_at")
  public Instant lastEventAt;

  void reset() {
    projects = 0;
    people = 0;
    participations = 0;
    hours = BigDecimal.ZERO;
    claims = 0;
    claimedPence = 0;
    payments = 0;
    paidPence = 0;
    lastEventAt = null;
  }
}
