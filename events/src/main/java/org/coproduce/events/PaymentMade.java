package org.coproduce.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Finance paid one exported line of a claim ({@code amountPence} is negative for a reversal that
 * recovered money). How the person was paid and their bank details stay in payment-service.
 */
public record PaymentMade(
    UUID claimId, UUID lineId, UUID personId, UUID batchId, long amountPence, Instant paidAt)
    implements Event {
  @Override
  public String aggregateId() {
    return claimId.toString();
  }
}
