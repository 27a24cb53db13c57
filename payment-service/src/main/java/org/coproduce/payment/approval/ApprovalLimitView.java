package org.coproduce.payment.approval;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The most one claim may come to for this approver")
public record ApprovalLimitView(
    @Schema(description = "The approver's account id") String accountId,
    @Schema(example = "100000") long limitPence,
    String setBy,
    Instant setAt) {

  static ApprovalLimitView of(ApprovalLimit limit) {
    return new ApprovalLimitView(limit.accountId, limit.limitPence, limit.setBy, limit.setAt);
  }
}
