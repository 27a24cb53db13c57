package org.coproduce.involvement.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coproduce.involvement.person.PreferredTime;
import org.junit.jupiter.api.Test;

class MatchTest {
  @Test
  void sharedTopicsAndTimesAreWhyTheyMatch() {
    Match match =
        Match.between(
            List.of("maternity", "carers", "discharge"),
            List.of("WEEKEND", "WEEKDAY_MORNING"),
            List.of("discharge", "carers", "dementia"),
            List.of("WEEKDAY_MORNING", "WEEKDAY_EVENING"));

    assertThat(match.topics()).containsExactly("carers", "discharge");
    assertThat(match.times()).containsExactly(PreferredTime.WEEKDAY_MORNING);
    assertThat(match.any()).isTrue();
  }

  @Test
  void nothingSharedIsNoMatch() {
    assertThat(
            Match.between(List.of("maternity"), List.of(), List.of("dementia"), List.of("WEEKEND"))
                .any())
        .isFalse();
  }

  @Test
  void moreSharedTopicsComeFirstThenMoreSharedTimes() {
    Match twoTopics = new Match(List.of("a", "b"), List.of());
    Match oneTopicTwoTimes =
        new Match(List.of("a"), List.of(PreferredTime.WEEKEND, PreferredTime.WEEKDAY_EVENING));
    Match oneTopicOneTime = new Match(List.of("a"), List.of(PreferredTime.WEEKEND));
    Match timeOnly = new Match(List.of(), List.of(PreferredTime.WEEKEND));

    assertThat(
            List.of(timeOnly, oneTopicOneTime, twoTopics, oneTopicTwoTimes).stream()
                .sorted(Match.BEST_FIRST)
                .toList())
        .containsExactly(twoTopics, oneTopicTwoTimes, oneTopicOneTime, timeOnly);
  }
}
