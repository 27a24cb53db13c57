package org.coproduce.payment.ratecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coproduce.platform.problem.ProblemException;

/**
 * Finds the fee for an activity: the rate card in force on the day it happened, then the highest
 * band the hours reach, for the activity type or else for any type ({@code *}).
 */
@ApplicationScoped
public class RateCardService {
  private final EntityManager entityManager;

  public RateCardService(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public Fee feeFor(String activityType, LocalDate date, BigDecimal hours) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                """
                select b.amount_pence, c.version
                  from rate_card c
                  join rate_band b on b.rate_card_version = c.version
                 where c.effective_from = (select max(effective_from) from rate_card
                                            where effective_from <= :date)
                   and b.activity_type in (:type, '*')
                   and b.hours_from <= :hours
                 order by (b.activity_type = :type) desc, b.hours_from desc
                 limit 1
                """)
            .setParameter("date", date)
            .setParameter("type", activityType)
            .setParameter("hours", hours)
            .getResultList();
    if (rows.isEmpty()) {
      throw new ProblemException.RuleBroken(
          "No rate card covers a " + activityType + " on " + date, "date");
    }
    Object[] row = (Object[]) rows.get(0);
    return new Fee(((Number) row[0]).longValue(), (String) row[1]);
  }
}
