package org.coproduce.payment.ratecard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.coproduce.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "How one activity type is paid: BANDED needs bands (the first from 0 hours), HALF_DAY_DAY"
            + " needs halfDayPence, dayPence and dayFromHours, HOURLY needs hourlyPence and"
            + " capPence")
public record FeeRule(
    @Schema(example = "FOCUS_GROUP", description = "ANY: every type the card does not name")
        @NotNull
        ActivityType activityType,
    @Schema(example = "BANDED") @NotNull FeeKind kind,
    @Size(max = 10) List<@Valid @NotNull Band> bands,
    @Schema(example = "4000") @PositiveOrZero @Max(MAX_FEE_PENCE) Long halfDayPence,
    @Schema(example = "7500") @PositiveOrZero @Max(MAX_FEE_PENCE) Long dayPence,
    @Schema(example = "4", description = "From these hours on the day rate is paid")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("24")
        BigDecimal dayFromHours,
    @Schema(example = "1000") @PositiveOrZero @Max(MAX_FEE_PENCE) Long hourlyPence,
    @Schema(example = "7500", description = "The most an hourly fee comes to")
        @PositiveOrZero
        @Max(MAX_FEE_PENCE)
        Long capPence) {

  /** £1,000: no single session is paid more, so anything above is a typing error. */
  static final long MAX_FEE_PENCE = 100_000;

  /** The fee in pence for the hours; hourly fees are rounded half up to the penny. */
  public long amountFor(BigDecimal hours) {
    return switch (kind) {
      case BANDED ->
          bands.stream()
              .filter(band -> band.hoursFrom().compareTo(hours) <= 0)
              .max(Comparator.comparing(Band::hoursFrom))
              .map(Band::amountPence)
              .orElse(0L);
      case HALF_DAY_DAY -> hours.compareTo(dayFromHours) < 0 ? halfDayPence : dayPence;
      case HOURLY ->
          Math.min(
              capPence,
              hours
                  .multiply(BigDecimal.valueOf(hourlyPence))
                  .setScale(0, RoundingMode.HALF_UP)
                  .longValueExact());
    };
  }

  /** The rule with only what its kind uses, bands lowest first: as it is stored. */
  FeeRule normalised() {
    return switch (kind) {
      case BANDED ->
          new FeeRule(
              activityType,
              kind,
              bands.stream().sorted(Comparator.comparing(Band::hoursFrom)).toList(),
              null,
              null,
              null,
              null,
              null);
      case HALF_DAY_DAY ->
          new FeeRule(activityType, kind, null, halfDayPence, dayPence, dayFromHours, null, null);
      case HOURLY -> new FeeRule(activityType, kind, null, null, null, null, hourlyPence, capPence);
    };
  }

  /** Refuses a rule that lacks what its kind needs, naming the field as {@code field.name}. */
  void requireComplete(String field) {
    switch (kind) {
      case BANDED -> {
        if (bands == null || bands.isEmpty()) {
          throw new ProblemException.InvalidField(field + ".bands", "a banded fee needs bands");
        }
        if (bands.stream().noneMatch(band -> band.hoursFrom().signum() == 0)) {
          throw new ProblemException.InvalidField(
              field + ".bands", "must have a band from 0 hours");
        }
        if (bands.stream().map(band -> band.hoursFrom().stripTrailingZeros()).distinct().count()
            < bands.size()) {
          throw new ProblemException.InvalidField(
              field + ".bands", "two bands start at the same hours");
        }
      }
      case HALF_DAY_DAY -> {
        require(halfDayPence, field + ".halfDayPence");
        require(dayPence, field + ".dayPence");
        require(dayFromHours, field + ".dayFromHours");
      }
      case HOURLY -> {
        require(hourlyPence, field + ".hourlyPence");
        require(capPence, field + ".capPence");
      }
    }
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new ProblemException.InvalidField(field, "is needed for this kind of fee");
    }
  }
}
