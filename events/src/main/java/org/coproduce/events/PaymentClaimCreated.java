package org.coproduce.events;

import java.util.UUID;

/** A pending fee claim was raised for a participation at a rate from a rate card version. */
public record PaymentClaimCreated(
    UUID claimId, UUID participationId, UUID personId, long amountPence, String rateCardVersion)
    implements Event {
  @Override
  public String aggregateId() {
    return claimId.toString();
  }
}
