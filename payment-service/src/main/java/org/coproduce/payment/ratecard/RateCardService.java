package org.coproduce.payment.ratecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.problem.UniqueConstraint;

/**
 * Rate card versions: an admin adds the next one, and a claim is priced by the version in force on
 * the day of its activity or expense, the one whose effective-from is the latest not after it.
 */
@ApplicationScoped
public class RateCardService {
  private final EntityManager entityManager;

  /** Versions never change once created, so their rules can be kept once read. */
  private final Map<String, Rates> rulesByVersion = new ConcurrentHashMap<>();

  public RateCardService(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public Fee feeFor(String activityType, LocalDate date, BigDecimal hours) {
    return inForce(date)
        .fee(activityType, hours)
        .orElseThrow(
            () ->
                new ProblemException.RuleBroken(
                    "No rate card covers a " + activityType + " on " + date, "date"));
  }

  /** The rules in force on a day; refused when no version was in force yet. */
  public Rates inForce(LocalDate date) {
    List<String> versions =
        entityManager
            .createQuery(
                "select c.version from RateCard c where c.effectiveFrom <= :date"
                    + " order by c.effectiveFrom desc",
                String.class)
            .setParameter("date", date)
            .setMaxResults(1)
            .getResultList();
    if (versions.isEmpty()) {
      throw new ProblemException.RuleBroken("No rate card was in force on " + date, "date");
    }
    return rates(versions.get(0));
  }

  public RateCardView get(String version) {
    RateCard card = RateCard.findById(version);
    if (card == null) {
      throw new ProblemException.NotFound("Rate card " + version);
    }
    return RateCardView.of(card, rates(version));
  }

  public Page<RateCardView> list(PageRequest page) {
    return Page.of(
        page.fetch(entityManager, RateCard.class, null, Map.of()),
        page,
        card -> new Cursor(card.createdAt, card.id),
        card -> RateCardView.of(card, rates(card.version)));
  }

  @Transactional
  public RateCardView create(NewRateCard request, String accountId) {
    requireOnePerTypeAndCategory(request);
    requireAfterLatest(request.effectiveFrom());
    RateCard card = new RateCard();
    card.version = request.version();
    card.id = UUID.randomUUID();
    card.effectiveFrom = request.effectiveFrom();
    card.mileagePencePerMile = request.mileagePencePerMile();
    card.createdBy = accountId;
    card.createdAt = Instant.now();
    card.persist();
    UniqueConstraint.flushOrRefuse(
        entityManager,
        "rate_card_pkey",
        () -> new ProblemException.Conflict("Version " + card.version + " exists", "version"));
    request.fees().forEach(rule -> insert(card.version, rule));
    request.expenses().forEach(cap -> insert(card.version, cap));
    return RateCardView.of(
        card,
        new Rates(
            card.version,
            card.effectiveFrom,
            card.mileagePencePerMile,
            request.fees().stream().map(FeeRule::normalised).toList(),
            request.expenses()));
  }

  private static void requireOnePerTypeAndCategory(NewRateCard request) {
    Set<ActivityType> types = new HashSet<>();
    for (int i = 0; i < request.fees().size(); i++) {
      FeeRule rule = request.fees().get(i);
      rule.requireComplete("fees[" + i + "]");
      if (!types.add(rule.activityType())) {
        throw new ProblemException.InvalidField(
            "fees[" + i + "].activityType", "has a rule already");
      }
    }
    Set<ExpenseCategory> categories = new HashSet<>();
    for (int i = 0; i < request.expenses().size(); i++) {
      if (!categories.add(request.expenses().get(i).category())) {
        throw new ProblemException.InvalidField(
            "expenses[" + i + "].category", "has a cap already");
      }
    }
  }

  /** Versions follow each other: a new one may not start on or before the latest one's start. */
  private void requireAfterLatest(LocalDate effectiveFrom) {
    LocalDate latest =
        entityManager
            .createQuery("select max(c.effectiveFrom) from RateCard c", LocalDate.class)
            .getSingleResult();
    if (latest != null && !effectiveFrom.isAfter(latest)) {
      throw new ProblemException.RuleBroken(
          "A new version must take effect after " + latest + ", when the latest one did",
          "effectiveFrom");
    }
  }

  private void insert(String version, FeeRule rule) {
    entityManager
        .createNativeQuery(
            "insert into fee_rule (rate_card_version, activity_type, kind, half_day_pence,"
                + " day_pence, day_from_hours, hourly_pence, cap_pence) values (:version, :type,"
                + " :kind, :halfDay, :day, :dayFrom, :hourly, :cap)")
        .setParameter("version", version)
        .setParameter("type", rule.activityType().name())
        .setParameter("kind", rule.kind().name())
        .setParameter("halfDay", rule.kind() == FeeKind.HALF_DAY_DAY ? rule.halfDayPence() : null)
        .setParameter("day", rule.kind() == FeeKind.HALF_DAY_DAY ? rule.dayPence() : null)
        .setParameter("dayFrom", rule.kind() == FeeKind.HALF_DAY_DAY ? rule.dayFromHours() : null)
        .setParameter("hourly", rule.kind() == FeeKind.HOURLY ? rule.hourlyPence() : null)
        .setParameter("cap", rule.kind() == FeeKind.HOURLY ? rule.capPence() : null)
        .executeUpdate();
    if (rule.kind() == FeeKind.BANDED) {
      for (Band band : rule.bands()) {
        entityManager
            .createNativeQuery(
                "insert into rate_band (rate_card_version, activity_type, hours_from,"
                    + " amount_pence) values (:version, :type, :from, :amount)")
            .setParameter("version", version)
            .setParameter("type", rule.activityType().name())
            .setParameter("from", band.hoursFrom())
            .setParameter("amount", band.amountPence())
            .executeUpdate();
      }
    }
  }

  private void insert(String version, ExpenseCap cap) {
    entityManager
        .createNativeQuery(
            "insert into expense_cap (rate_card_version, category, cap_pence)"
                + " values (:version, :category, :cap)")
        .setParameter("version", version)
        .setParameter("category", cap.category().name())
        .setParameter("cap", cap.capPence())
        .executeUpdate();
  }

  /** Reads a committed version's rules once; callers never hold one still being created. */
  private Rates rates(String version) {
    return rulesByVersion.computeIfAbsent(version, this::read);
  }

  private Rates read(String version) {
    RateCard card = RateCard.findById(version);
    return new Rates(
        version, card.effectiveFrom, card.mileagePencePerMile, feeRules(version), caps(version));
  }

  @SuppressWarnings("unchecked")
  private List<FeeRule> feeRules(String version) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select activity_type, kind, half_day_pence, day_pence, day_from_hours,"
                    + " hourly_pence, cap_pence from fee_rule where rate_card_version = :version"
                    + " order by activity_type")
            .setParameter("version", version)
            .getResultList();
    List<FeeRule> rules = new ArrayList<>();
    for (Object[] row : rows) {
      String type = (String) row[0];
      FeeKind kind = FeeKind.valueOf((String) row[1]);
      rules.add(
          new FeeRule(
              ActivityType.valueOf(type),
              kind,
              kind == FeeKind.BANDED ? bands(version, type) : null,
              longOrNull(row[2]),
              longOrNull(row[3]),
              (BigDecimal) row[4],
              longOrNull(row[5]),
              longOrNull(row[6])));
    }
    return rules;
  }

  @SuppressWarnings("unchecked")
  private List<Band> bands(String version, String type) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select hours_from, amount_pence from rate_band where rate_card_version = :version"
                    + " and activity_type = :type order by hours_from")
            .setParameter("version", version)
            .setParameter("type", type)
            .getResultList();
    return rows.stream()
        .map(row -> new Band((BigDecimal) row[0], ((Number) row[1]).longValue()))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<ExpenseCap> caps(String version) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select category, cap_pence from expense_cap where rate_card_version = :version"
                    + " order by category")
            .setParameter("version", version)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ExpenseCap(
                    ExpenseCategory.valueOf((String) row[0]), ((Number) row[1]).longValue()))
        .toList();
  }

  private static Long longOrNull(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
