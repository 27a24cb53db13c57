package org.coproduce.involvement.consent;

import java.time.Instant;
import java.util.UUID;

public record ConsentView(
    UUID id,
    UUID personId,
    ConsentPurpose purpose,
    String wordingVersion,
    ConsentChannel channel,
    String recordedBy,
    Instant givenAt,
    Instant withdrawnAt,
    String withdrawnBy,
    boolean inForce,
    long version) {

  public static ConsentView of(Consent consent) {
    return new ConsentView(
        consent.id,
        consent.personId,
        consent.purpose,
        consent.wordingVersion,
        consent.channel,
        consent.recordedBy,
        consent.givenAt,
        consent.withdrawnAt,
        consent.withdrawnBy,
        consent.inForce(),
        consent.version);
  }
}
