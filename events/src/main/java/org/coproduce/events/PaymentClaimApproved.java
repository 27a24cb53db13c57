package org.coproduce.events;

import java.util.UUID;

/**
 * Finance approved what was awaiting approval on a claim: {@code amountPence} is the net of the
 * lines approved (negative when a correction lowered an approved fee). The reason stays in
 * payment-service; {@code approvedBy} is the approver's account id.
 */
public record PaymentClaimApproved(UUID claimId, UUID personId, long amountPence, String approvedBy)
    implements Event {
  @Override
  public String aggregateId() {
    return claimId.toString();
  }
}
