package org.coproduce.payment.ratecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The rules of one rate card version: what a claim under it is worth. */
public record Rates(
    String version,
    LocalDate effectiveFrom,
    int mileagePencePerMile,
    List<FeeRule> fees,
    List<ExpenseCap> expenses) {

  /** The fee for an activity: the rule for its type, else the card's rule for any type. */
  public Optional<Fee> fee(String activityType, BigDecimal hours) {
    return ruleFor(activityType)
        .or(() -> ruleFor(ActivityType.ANY.name()))
        .map(rule -> new Fee(rule.amountFor(hours), version));
  }

  public OptionalLong capFor(ExpenseCategory category) {
    return expenses.stream()
        .filter(cap -> cap.category() == category)
        .mapToLong(ExpenseCap::capPence)
        .findFirst();
  }

  /** Miles times the card's rate per mile, rounded half up to the penny. */
  public long mileage(BigDecimal miles) {
    return miles
        .multiply(BigDecimal.valueOf(mileagePencePerMile))
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  private Optional<FeeRule> ruleFor(String activityType) {
    boolean known =
        Arrays.stream(ActivityType.values()).anyMatch(t -> t.name().equals(activityType));
    if (!known) {
      return Optional.empty();
    }
    ActivityType type = ActivityType.valueOf(activityType);
    return fees.stream().filter(rule -> rule.activityType() == type).findFirst();
  }
}
