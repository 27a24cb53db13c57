package org.coproduce.involvement.election;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ElectionView(
    UUID id,
    String roleTitle,
    int seats,
    ElectionSchedule schedule,
    int termMonths,
    ElectionPhase phase,
    @Schema(description = "Whether the calling volunteer has voted; null for staff")
        Boolean youHaveVoted,
    Instant createdAt,
    long version) {

  public static ElectionView of(Election election, Instant now, Boolean youHaveVoted) {
    return new ElectionView(
        election.id,
        election.roleTitle,
        election.seats,
        new ElectionSchedule(
            election.nominationsOpenAt,
            election.nominationsCloseAt,
            election.votingOpenAt,
            election.votingCloseAt),
        election.termMonths,
        election.phaseAt(now),
        youHaveVoted,
        election.createdAt,
        election.version);
  }
}
