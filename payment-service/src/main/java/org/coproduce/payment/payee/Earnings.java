package org.coproduce.payment.payee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.payment.PaymentConfig;

/**
 * Fee earnings per week, for the benefits safeguard. A week runs Monday to Sunday by the day of the
 * activity; fees count unless rejected (so a warning comes before approval, while it can still be
 * reduced or declined); expenses are not income and a person who declines payment earns nothing.
 */
@ApplicationScoped
public class Earnings {
  private static final String FEES_BY_WEEK =
      "select c.person_id, cast(date_trunc('week', c.activity_date) as date) as week_start,"
          + " sum(l.amount_pence) from claim c join claim_line l on l.claim_id = c.id"
          + " where c.kind = 'FEE' and l.status <> 'REJECTED' ";

  private final EntityManager entityManager;
  private final long weeklyLimitPence;

  public Earnings(EntityManager entityManager, PaymentConfig config) {
    this.entityManager = entityManager;
    this.weeklyLimitPence = config.benefits().weeklyLimitPence();
  }

  public long weeklyLimitPence() {
    return weeklyLimitPence;
  }

  /** Each week from {@code from} to {@code to} in which the person has fees, earliest first. */
  public List<WeekEarnings> weekly(UUID personId, LocalDate from, LocalDate to) {
    Payee payee = Payee.findById(personId);
    boolean declines = payee != null && !payee.route.isPaid();
    boolean safeguarded = isSafeguarded(payee);
    return ofPerson(personId, monday(from), to, " order by 2").stream()
        .map(
            row ->
                new WeekEarnings(
                    row.weekStart(),
                    declines ? 0 : row.pence(),
                    weeklyLimitPence,
                    safeguarded && row.pence() > weeklyLimitPence))
        .toList();
  }

  /** The warning for the week of {@code day}, if the person is safeguarded and over the limit. */
  public Optional<BenefitsWarning> warningFor(UUID personId, LocalDate day) {
    if (!isSafeguarded(Payee.findById(personId))) {
      return Optional.empty();
    }
    LocalDate monday = monday(day);
    return ofPerson(personId, monday, monday.plusDays(6), "").stream()
        .filter(row -> row.pence() > weeklyLimitPence)
        .map(row -> new BenefitsWarning(personId, row.weekStart(), row.pence(), weeklyLimitPence))
        .findFirst();
  }

  /** Every safeguarded person's weeks over the limit since {@code from}, latest week first. */
  public List<BenefitsWarning> warningsSince(LocalDate from) {
    var query =
        entityManager
            .createNativeQuery(
                FEES_BY_WEEK
                    + "and c.activity_date >= :from and exists (select 1 from payee p where"
                    + " p.person_id = c.person_id and p.receives_benefits and p.route <> 'DECLINE')"
                    + " group by 1, 2 having sum(l.amount_pence) > :limit order by 2 desc, 1")
            .setParameter("from", monday(from))
            .setParameter("limit", weeklyLimitPence);
    return rows(query).stream()
        .map(
            row ->
                new BenefitsWarning(row.personId(), row.weekStart(), row.pence(), weeklyLimitPence))
        .toList();
  }

  private record Row(UUID personId, LocalDate weekStart, long pence) {}

  private List<Row> ofPerson(UUID personId, LocalDate from, LocalDate to, String order) {
    var query =
        entityManager
            .createNativeQuery(
                FEES_BY_WEEK
                    + "and c.person_id = :personId and c.activity_date between :from and :to"
                    + " group by 1, 2"
                    + order)
            .setParameter("personId", personId)
            .setParameter("from", from)
            .setParameter("to", to);
    return rows(query);
  }

  private static List<Row> rows(Query query) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new Row(
                    (UUID) row[0],
                    row[1] instanceof Date date ? date.toLocalDate() : (LocalDate) row[1],
                    ((Number) row[2]).longValue()))
        .toList();
  }

  /** Receives benefits and takes payment: the safeguard applies. */
  private static boolean isSafeguarded(Payee payee) {
    return payee != null && payee.receivesBenefits && payee.route.isPaid();
  }

  static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
