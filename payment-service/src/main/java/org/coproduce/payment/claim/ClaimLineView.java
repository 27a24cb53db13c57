package org.coproduce.payment.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One amount on a claim; a correction adds a reversal and a new line")
public record ClaimLineView(
    UUID id,
    @Schema(example = "FEE") LineKind kind,
    @Schema(example = "2000", description = "Signed pence; a reversal is negative")
        long amountPence,
    @Schema(example = "2.5") BigDecimal hours,
    BigDecimal miles,
    @Schema(example = "2026-04") String rateCardVersion,
    @Schema(description = "The line a reversal takes back") UUID reversesLineId,
    @Schema(example = "PENDING") ClaimStatus status,
    @Schema(description = "The decision that approved or rejected the line") UUID decisionId,
    Instant createdAt) {

  static ClaimLineView of(ClaimLine line) {
    return new ClaimLineView(
        line.id,
        line.kind,
        line.amountPence,
        line.hours,
        line.miles,
        line.rateCardVersion,
        line.reversesLineId,
        line.status,
        line.decisionId,
        line.createdAt);
  }
}
