package org.coproduce.involvement.opportunity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.coproduce.involvement.person.PreferredTime;

/**
 * Why an opportunity and a person suit each other: the topics they share and the times of week that
 * suit both. Shared topics weigh more than shared times: a person keen on the subject can often
 * make a time work.
 */
public record Match(List<String> topics, List<PreferredTime> times) {

  /** Best first: more shared topics, then more shared times. */
  public static final Comparator<Match> BEST_FIRST =
      Comparator.comparingInt((Match match) -> match.topics().size())
          .thenComparingInt(match -> match.times().size())
          .reversed();

  /** Compares lower-case topics and {@link PreferredTime} names as stored. */
  public static Match between(
      Collection<String> topics,
      Collection<String> timesOfWeek,
      Collection<String> interests,
      Collection<String> preferredTimes) {
    return new Match(
        topics.stream().filter(interests::contains).sorted().toList(),
        timesOfWeek.stream()
            .filter(preferredTimes::contains)
            .map(PreferredTime::valueOf)
            .sorted()
            .toList());
  }

  public boolean any() {
    return !topics.isEmpty() || !times.isEmpty();
  }
}
