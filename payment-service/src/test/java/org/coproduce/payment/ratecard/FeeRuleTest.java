package org.coproduce.payment.ratecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coproduce.payment.ledger.TaxYear;
import org.coproduce.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class FeeRuleTest {
  static final FeeRule BANDED =
      new FeeRule(
          ActivityType.ANY,
          FeeKind.BANDED,
          List.of(new Band(new BigDecimal("2"), 2000L), new Band(BigDecimal.ZERO, 1000L)),
          null,
          null,
          null,
          null,
          null);
  static final FeeRule HALF_DAY_DAY =
      new FeeRule(
          ActivityType.TRAINING,
          FeeKind.HALF_DAY_DAY,
          null,
          4000L,
          7500L,
          new BigDecimal("4"),
          null,
          null);
  static final FeeRule HOURLY =
      new FeeRule(
          ActivityType.INTERVIEW_PANEL, FeeKind.HOURLY, null, null, null, null, 1250L, 7500L);

  static BigDecimal hours(String value) {
    return new BigDecimal(value);
  }

  @Test
  void underTwoHoursIsTheLowerBandAndTwoOrMoreTheHigher() {
    assertThat(BANDED.amountFor(hours("1.99"))).isEqualTo(1000);
    assertThat(BANDED.amountFor(hours("2"))).isEqualTo(2000);
    assertThat(BANDED.amountFor(hours("7"))).isEqualTo(2000);
  }

  @Test
  void theDayRateStartsAtItsHours() {
    assertThat(HALF_DAY_DAY.amountFor(hours("3.75"))).isEqualTo(4000);
    assertThat(HALF_DAY_DAY.amountFor(hours("4"))).isEqualTo(7500);
  }

  @Test
  void hourlyIsRoundedHalfUpToThePennyAndNeverAboveTheCap() {
    assertThat(HOURLY.amountFor(hours("1.5"))).isEqualTo(1875);
    assertThat(HOURLY.amountFor(hours("0.02"))).isEqualTo(25);
    assertThat(HOURLY.amountFor(hours("0.01"))).isEqualTo(13);
    assertThat(HOURLY.amountFor(hours("8"))).isEqualTo(7500);
  }

  @Test
  void aRuleWithoutWhatItsKindNeedsIsRefusedNamingTheField() {
    FeeRule hourlyWithoutCap =
        new FeeRule(ActivityType.SURVEY, FeeKind.HOURLY, null, null, null, null, 1000L, null);
    assertThatThrownBy(() -> hourlyWithoutCap.requireComplete("fees[2]"))
        .isInstanceOf(ProblemException.InvalidField.class)
        .extracting(e -> ((ProblemException) e).errors().get(0).field())
        .isEqualTo("fees[2].capPence");
    FeeRule bandsNotFromZero =
        new FeeRule(
            ActivityType.SURVEY,
            FeeKind.BANDED,
            List.of(new Band(hours("1"), 500L)),
            null,
            null,
            null,
            null,
            null);
    assertThatThrownBy(() -> bandsNotFromZero.requireComplete("fees[0]"))
        .extracting(e -> ((ProblemException) e).errors().get(0).field())
        .isEqualTo("fees[0].bands");
  }

  @Test
  void aCardPaysAnActivityByItsOwnRuleElseByItsRuleForAnyActivity() {
    Rates rates = new Rates("v", LocalDate.of(2026, 4, 1), 45, List.of(BANDED, HOURLY), List.of());
    assertThat(rates.fee("INTERVIEW_PANEL", hours("2"))).contains(new Fee(2500, "v"));
    assertThat(rates.fee("FOCUS_GROUP", hours("2"))).contains(new Fee(2000, "v"));
    assertThat(rates.fee("SOMETHING_NEW", hours("1"))).contains(new Fee(1000, "v"));
    assertThat(rates.mileage(hours("12.5"))).isEqualTo(563);
  }

  @Test
  void theUkTaxYearRunsFromTheSixthOfApril() {
    assertThat(TaxYear.of(LocalDate.of(2026, 4, 5))).isEqualTo("2025-26");
    assertThat(TaxYear.of(LocalDate.of(2026, 4, 6))).isEqualTo("2026-27");
    assertThat(TaxYear.of(LocalDate.of(2099, 12, 31))).isEqualTo("2099-00");
  }
}
