package org.coproduce.involvement.election;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.coproduce.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "When nominations and voting open and close, in that order")
public record ElectionSchedule(
    @Schema(example = "2026-04-01T09:00:00Z") @NotNull Instant nominationsOpenAt,
    @Schema(example = "2026-04-15T17:00:00Z") @NotNull Instant nominationsCloseAt,
    @Schema(example = "2026-04-20T09:00:00Z") @NotNull Instant votingOpenAt,
    @Schema(example = "2026-04-30T17:00:00Z") @NotNull Instant votingCloseAt) {

  /** Refuses, naming the field, a schedule whose times are out of order. */
  public ElectionSchedule requireInOrder() {
    if (!nominationsCloseAt.isAfter(nominationsOpenAt)) {
      throw new ProblemException.InvalidField(
          "nominationsCloseAt", "must be after nominationsOpenAt");
    }
    if (votingOpenAt.isBefore(nominationsCloseAt)) {
      throw new ProblemException.InvalidField(
          "votingOpenAt", "must not be before nominationsCloseAt");
    }
    if (!votingCloseAt.isAfter(votingOpenAt)) {
      throw new ProblemException.InvalidField("votingCloseAt", "must be after votingOpenAt");
    }
    return this;
  }
}
