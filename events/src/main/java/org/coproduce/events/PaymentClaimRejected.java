package org.coproduce.events;

import java.util.UUID;

/**
 * Finance rejected what was awaiting approval on a claim: {@code amountPence} is the net of the
 * lines rejected, which will not be paid. The reason stays in payment-service (free text); {@code
 * rejectedBy} is the account id of who decided.
 */
public record PaymentClaimRejected(UUID claimId, UUID personId, long amountPence, String rejectedBy)
    implements Event {
  @Override
  public String aggregateId() {
    return claimId.toString();
  }
}
