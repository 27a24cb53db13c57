package org.coproduce.payment.claim;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.coproduce.events.Event;
import org.coproduce.events.ParticipationCorrected;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.Topics;
import org.coproduce.platform.inbox.Inbox;
import org.coproduce.platform.messaging.Deliveries;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns recorded participations into fee claims and corrections into reversals and new lines.
 *
 * <p>Records arrive in batches (a backlog is worked off at many claims a second rather than one
 * commit per message) and a batch is handled in one transaction: its inbox rows and claims commit
 * together, or none do. A batch that fails transiently (the database away, a lock timeout) is tried
 * again as a whole until it passes, and nothing is acknowledged meanwhile. A batch that fails for a
 * lasting reason is handled again record by record, each in a transaction of its own ({@link
 * Deliveries}), so only a record that fails alone is parked and the others still raise their
 * claims. Inbox rows per event keep every effect to once, whichever way a record is handled.
 */
@ApplicationScoped
public class ParticipationConsumer {
  static final String CONSUMER = "payment-service.fee-claims";

  private final Inbox inbox;
  private final ClaimService claims;
  private final EntityManager entityManager;
  private final Deliveries deliveries;

  public ParticipationConsumer(
      Inbox inbox, ClaimService claims, EntityManager entityManager, Deliveries deliveries) {
    this.inbox = inbox;
    this.claims = claims;
    this.entityManager = entityManager;
    this.deliveries = deliveries;
  }

  @Incoming("involvement-events")
  @Blocking
  public void on(ConsumerRecords<String, String> batch) {
    if (!deliveries.handleBatch(CONSUMER, Topics.INVOLVEMENT_EVENTS, () -> receiveAll(batch))) {
      batch.forEach(record -> deliveries.handle(CONSUMER, record, this::receive));
    }
  }

  private void receiveAll(ConsumerRecords<String, String> batch) {
    batch.forEach(this::receiveInBatch);
  }

  /**
   * Writes each message's rows before the next one and lets go of its entities: every query of the
   * next message would otherwise check all of the batch's entities for changes first.
   */
  private void receiveInBatch(ConsumerRecord<String, String> record) {
    receive(record.value());
    entityManager.flush();
    entityManager.clear();
  }

  private void receive(String message) {
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
