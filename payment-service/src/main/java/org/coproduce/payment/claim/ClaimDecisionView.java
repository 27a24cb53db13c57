package org.coproduce.payment.claim;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who approved or rejected what was pending on a claim, when and why")
public record ClaimDecisionView(
    UUID id,
    @Schema(example = "APPROVED") ClaimStatus outcome,
    @Schema(example = "Attendance confirmed on the sign-in sheet") String reason,
    @Schema(example = "2000", description = "Net pence of the lines decided") long amountPence,
    @Schema(description = "Account id of who decided") String decidedBy,
    Instant decidedAt) {

  static ClaimDecisionView of(ClaimDecision decision) {
    return new ClaimDecisionView(
        decision.id,
        decision.outcome,
        decision.reason,
        decision.amountPence,
        decision.decidedBy,
        decision.decidedAt);
  }
}
