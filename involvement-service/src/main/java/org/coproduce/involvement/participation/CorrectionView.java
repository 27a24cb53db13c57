package org.coproduce.involvement.participation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A correction, with the participation's version after it (its new ETag). */
public record CorrectionView(
    UUID id,
    UUID participationId,
    BigDecimal previousHours,
    BigDecimal hours,
    String reason,
    String correctedBy,
    Instant correctedAt,
    Long participationVersion) {

  static CorrectionView of(ParticipationCorrection correction, Long participationVersion) {
    return new CorrectionView(
        correction.id,
        correction.participationId,
        correction.previousHours,
        correction.hours,
        correction.reason,
        correction.correctedBy,
        correction.createdAt,
        participationVersion);
  }
}
