package org.coproduce.involvement.election;

import java.time.LocalDate;
import java.util.UUID;

/** A current ambassador, their term and their board seat. */
public record AmbassadorView(
    UUID personId,
    String displayName,
    UUID electionId,
    String roleTitle,
    LocalDate termStart,
    LocalDate termEnd,
    String boardName,
    LocalDate seatFrom) {}
