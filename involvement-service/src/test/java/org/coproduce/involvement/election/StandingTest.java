package org.coproduce.involvement.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StandingTest {
  static final UUID A = UUID.randomUUID();
  static final UUID B = UUID.randomUUID();
  static final UUID C = UUID.randomUUID();

  static ResultsView.Count votes(UUID person, long votes) {
    return new ResultsView.Count(person, "n/a", votes);
  }

  @Test
  void theMostVotedFillTheSeats() {
    Standing standing = Standing.of(List.of(votes(A, 5), votes(B, 3), votes(C, 1)), 2);

    assertThat(standing.winners()).containsExactly(A, B);
    assertThat(standing.tie()).isNull();
  }

  @Test
  void aCandidateWithoutVotesWinsNothingEvenWithSeatsToSpare() {
    Standing standing = Standing.of(List.of(votes(A, 2), votes(B, 0)), 2);

    assertThat(standing.winners()).containsExactly(A);
    assertThat(standing.tie()).isNull();
  }

  @Test
  void aTieForTheLastSeatIsReportedWithWhoWonOutright() {
    Standing standing = Standing.of(List.of(votes(A, 4), votes(B, 2), votes(C, 2)), 2);

    assertThat(standing.winners()).containsExactly(A);
    assertThat(standing.tie().seatsLeft()).isEqualTo(1);
    assertThat(standing.tie().tiedPersonIds()).containsExactly(B, C);
  }

  @Test
  void aTieBehindTheLastSeatIsNoTie() {
    Standing standing = Standing.of(List.of(votes(A, 4), votes(B, 2), votes(C, 2)), 1);

    assertThat(standing.winners()).containsExactly(A);
    assertThat(standing.tie()).isNull();
  }

  @Test
  void nobodyWinsWithoutVotes() {
    Standing standing = Standing.of(List.of(votes(A, 0), votes(B, 0)), 1);

    assertThat(standing.winners()).isEmpty();
    assertThat(standing.tie()).isNull();
  }
}
