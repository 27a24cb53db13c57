package org.coproduce.events;

import java.util.UUID;

/**
 * Someone changed how a person is paid, so the person is told. {@code changeId} names the entry in
 * payment-service's history of the person's payment details; {@code changedBy} is the account id of
 * whoever made it. {@code byPayee} says the person made it themselves (it took effect at once);
 * {@code awaitingConfirmation} says a member of staff changed where the money goes, which waits for
 * a second person before any batch uses it. What the details are stays in payment-service.
 */
public record PayeeDetailsChanged(
    UUID changeId, UUID personId, String changedBy, boolean byPayee, boolean awaitingConfirmation)
    implements Event {
  @Override
  public String aggregateId() {
    return personId.toString();
  }
}
