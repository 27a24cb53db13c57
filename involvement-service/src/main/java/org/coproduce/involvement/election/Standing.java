package org.coproduce.involvement.election;

import java.util.List;
import java.util.UUID;

/**
 * Who wins the seats from a count: the candidates with the most votes, at least one each. When
 * candidates with equal votes compete for the last seats, those ahead of them win outright and the
 * tie is reported, never settled here.
 */
record Standing(List<UUID> winners, ResultsView.Tie tie) {

  /** From counts ordered most votes first. */
  static Standing of(List<ResultsView.Count> counts, int seats) {
    List<ResultsView.Count> withVotes = counts.stream().filter(c -> c.votes() > 0).toList();
    if (withVotes.size() <= seats) {
      return new Standing(ids(withVotes), null);
    }
    long lastSeat = withVotes.get(seats - 1).votes();
    if (withVotes.get(seats).votes() < lastSeat) {
      return new Standing(ids(withVotes.subList(0, seats)), null);
    }
    List<UUID> ahead = ids(withVotes.stream().filter(c -> c.votes() > lastSeat).toList());
    List<UUID> tied = ids(withVotes.stream().filter(c -> c.votes() == lastSeat).toList());
    return new Standing(ahead, new ResultsView.Tie(seats - ahead.size(), tied));
  }

  private static List<UUID> ids(List<ResultsView.Count> counts) {
    return counts.stream().map(ResultsView.Count::personId).toList();
  }
}
