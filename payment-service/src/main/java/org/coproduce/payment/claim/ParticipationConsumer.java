package org.coproduce.payment.claim;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.coproduce.events.Event;
import org.coproduce.events.ParticipationCorrected;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns recorded participations into fee claims and corrections into reversals and new lines.
 *
 * <p>Records arrive in batches (a backlog is worked off at many claims a second rather than one
 * commit per message) and a batch is handled in one transaction: its inbox rows and claims commit
 * together, or none do and the batch is read again. When a batch fails, each of its messages is
 * handled again in a transaction of its own, so only a message that fails alone is parked in the
 * dead-letter topic (by the connector, with its reason) and the others still raise their claims.
 * Inbox rows per event keep every effect to once, whichever way a message is handled.
 */
@ApplicationScoped
public class ParticipationConsumer {
  static final String CONSUMER = "payment-service.fee-claims";

  private final Inbox inbox;
  private final ClaimService claims;
  private final EntityManager entityManager;

  public ParticipationConsumer(Inbox inbox, ClaimService claims, EntityManager entityManager) {
    this.inbox = inbox;
    this.claims = claims;
    this.entityManager = entityManager;
  }

  @Incoming("involvement-events")
  @Blocking
  public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
    List<KafkaRecord<String, String>> records = batch.getRecords();
    try {
      QuarkusTransaction.requiringNew().run(() -> records.forEach(r -> receiveInBatch(r)));
    } catch (RuntimeException batchFailed) {
      records.forEach(this::receiveAlone);
    }
    return batch.ack();
  }

  private void receiveAlone(KafkaRecord<String, String> record) {
    try {
      QuarkusTransaction.requiringNew().run(() -> receive(record.getPayload()));
    } catch (RuntimeException failed) {
      record.nack(failed).toCompletableFuture().join();
    }
  }

  /**
   * Writes each message's rows before the next one and lets go of its entities: every query of the
   * next message would otherwise check all of the batch's entities for changes first.
   */
  private void receiveInBatch(KafkaRecord<String, String> record) {
    receive(record.getPayload());
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
