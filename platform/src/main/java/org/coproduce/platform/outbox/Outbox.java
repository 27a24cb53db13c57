package org.coproduce.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.events.Contract;
import org.coproduce.events.Event;
import org.coproduce.events.EventCodec;
import org.coproduce.events.EventEnvelope;
import org.coproduce.platform.web.RequestId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The only way a service publishes an event: the row is written in the caller's transaction, so the
 * event exists exactly when the change it describes was committed. {@link OutboxRelay} sends it.
 */
@ApplicationScoped
public class Outbox {
  private static final Object WAKE_REGISTERED = new Object();

  private final String producer;
  private final TransactionSynchronizationRegistry transactions;
  private final OutboxRelay relay;

  public Outbox(
      @ConfigProperty(name = "quarkus.application.name") String producer,
      TransactionSynchronizationRegistry transactions,
      OutboxRelay relay) {
    this.producer = producer;
    this.transactions = transactions;
    this.relay = relay;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public EventEnvelope publish(Event event) {
    Instant now = Instant.now();
    EventEnvelope envelope =
        EventCodec.envelope(event, UUID.randomUUID(), now, producer, RequestId.currentOrNew());
    OutboxMessage message = new OutboxMessage();
    message.id = envelope.eventId();
    message.topic = Contract.of(event).topic();
    message.key = envelope.aggregateId();
    message.eventType = envelope.type();
    message.payload = EventCodec.write(envelope);
    message.createdAt = now;
    message.persist();
    wakeRelayAfterCommit();
    return envelope;
  }

  /**
   * Writes an already serialised record (an operator's redrive of a parked one) to go out through
   * the relay like any event.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void republish(String topic, String key, String payload, String eventType) {
    OutboxMessage message = new OutboxMessage();
    message.id = UUID.randomUUID();
    message.topic = topic;
    message.key = key;
    message.eventType = eventType;
    message.payload = payload;
    message.createdAt = Instant.now();
    message.persist();
    wakeRelayAfterCommit();
  }

  private void wakeRelayAfterCommit() {
    if (transactions.getResource(WAKE_REGISTERED) != null) {
      return;
    }
    transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              relay.wake();
            }
          }
        });
  }
}
