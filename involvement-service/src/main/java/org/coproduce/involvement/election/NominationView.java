package org.coproduce.involvement.election;

import java.time.Instant;
import java.util.UUID;

public record NominationView(
    UUID id,
    UUID electionId,
    UUID personId,
    String nominatedBy,
    boolean accepted,
    Instant acceptedAt,
    Instant nominatedAt,
    long version) {

  public static NominationView of(Nomination nomination) {
    return new NominationView(
        nomination.id,
        nomination.electionId,
        nomination.nomineePersonId,
        nomination.nominatedBy,
        nomination.acceptedAt != null,
        nomination.acceptedAt,
        nomination.createdAt,
        nomination.version);
  }
}
