package org.coproduce.involvement.election;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An election's count, once voting has closed")
public record ResultsView(
    UUID electionId,
    int seats,
    long totalVotes,
    boolean declared,
    @Schema(description = "Votes per candidate, most first") List<Count> counts,
    @Schema(description = "Who won a seat outright (at least one vote, no tie)") List<UUID> winners,
    @Schema(description = "Candidates tied for the last seats, null when there is no tie") Tie tie,
    @Schema(description = "The terms recorded when the result was declared") List<Term> terms) {

  public record Count(UUID personId, String displayName, long votes) {}

  /** Candidates with equal votes for the seats left after the outright winners. */
  public record Tie(int seatsLeft, List<UUID> tiedPersonIds) {}

  public record Term(
      UUID personId, LocalDate termStart, LocalDate termEnd, String boardName, LocalDate seatFrom) {
    public static Term of(AmbassadorTerm term) {
      return new Term(term.personId, term.termStart, term.termEnd, term.boardName, term.seatFrom);
    }
  }
}
