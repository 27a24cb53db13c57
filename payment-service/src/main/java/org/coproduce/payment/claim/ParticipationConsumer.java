package org.coproduce.payment.claim;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.coproduce.events.Event;
import org.coproduce.events.ParticipationCorrected;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns recorded participations into fee claims and corrections into reversals and new lines. The
 * inbox row and the claim's lines commit together; a message that cannot be read fails here and the
 * connector parks it in the dead-letter topic.
 */
@ApplicationScoped
public class ParticipationConsumer {
  static final String CONSUMER = "payment-service.fee-claims";

  private final Inbox inbox;
  private final ClaimService claims;

  public ParticipationConsumer(Inbox inbox, ClaimService claims) {
    this.inbox = inbox;
    this.claims = claims;
  }

  @Incoming("involvement-events")
  @Blocking
  @Transactional
  public void on(String message) {
    inbox.receive(CONSUMER, message).map(received -> received.event()).ifPresent(this::handle);
  }

  private void handle(Event event) {
    if (event instanceof ParticipationRecorded recorded) {
      claims.raiseFeeClaim(recorded);
    } else if (event instanceof ParticipationCorrected corrected) {
      claims.correctFeeClaim(corrected);
    }
  }
}
