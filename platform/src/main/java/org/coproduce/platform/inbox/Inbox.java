package org.coproduce.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.coproduce.events.Contract;
import org.coproduce.events.EventCodec;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.MalformedEventException;

/**
 * The only way a service consumes an event. The (consumer, eventId) row is written in the caller's
 * transaction, together with the effect, so a redelivered or replayed event has no second effect. A
 * message that is not a valid event throws {@link org.coproduce.events.MalformedEventException};
 * the messaging connector then parks it in the topic's dead-letter queue and moves on.
 */
@ApplicationScoped
public class Inbox {
  private final EntityManager entityManager;

  public Inbox(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Reads a raw message for a consumer. Empty when this consumer has already handled the event, or
   * when the event is of a type no contract describes (a newer producer's, not ours to handle). A
   * malformed message is refused before anything is written.
   */
  @Transactional(
      value = Transactional.TxType.MANDATORY,
      dontRollbackOn = MalformedEventException.class)
  public Optional<ReceivedEvent> receive(String consumer, String message) {
    EventEnvelope envelope = EventCodec.read(message);
    boolean known = Contract.of(envelope.type(), envelope.version()).isPresent();
    ReceivedEvent received =
        known ? new ReceivedEvent(envelope, EventCodec.payload(envelope)) : null;
    if (!firstDelivery(consumer, envelope)) {
      return Optional.empty();
    }
    return Optional.ofNullable(received);
  }

  /** Forgets what a consumer has handled, so a projection can be rebuilt from the topics. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void forget(String consumer) {
    entityManager
        .createNativeQuery("delete from inbox_message where consumer = :consumer")
        .setParameter("consumer", consumer)
        .executeUpdate();
  }

  private boolean firstDelivery(String consumer, EventEnvelope envelope) {
    int inserted =
        entityManager
            .createNativeQuery(
                "insert into inbox_message (consumer, event_id, event_type) values (:consumer,"
                    + " :eventId, :type) on conflict do nothing")
            .setParameter("consumer", consumer)
            .setParameter("eventId", envelope.eventId())
            .setParameter("type", envelope.type())
            .executeUpdate();
    return inserted == 1;
  }
}
