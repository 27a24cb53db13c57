package org.coproduce.payment.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ClaimView(
    UUID id,
    UUID participationId,
    UUID personId,
    UUID projectId,
    String activityType,
    LocalDate activityDate,
    BigDecimal hours,
    long amountPence,
    String rateCardVersion,
    ClaimStatus status,
    Instant createdAt) {

  public static ClaimView of(Claim claim) {
    return new ClaimView(
        claim.id,
        claim.participationId,
        claim.personId,
        claim.projectId,
        claim.activityType,
        claim.activityDate,
        claim.hours,
        claim.amountPence,
        claim.rateCardVersion,
        claim.status,
        claim.createdAt);
  }
}
