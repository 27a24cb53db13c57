package org.coproduce.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.coproduce.events.EventCodec;
import org.coproduce.events.MalformedEventException;
import org.coproduce.events.Topics;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.outbox.OutboxProducer;
import org.jboss.logging.Logger;

/**
 * Parks records a consumer cannot handle: on {@code <topic>.dlq} for anyone reading the topics, and
 * in this service's {@code dead_letter} table, from which it is counted and redriven. Several
 * consumers read one topic, so the consumer's name is in the headers: one malformed message parked
 * by three consumers is three records that say who parked each.
 */
@ApplicationScoped
public class DeadLetters {
  public static final String CONSUMER_HEADER = "dead-letter-consumer";
  public static final String REASON_HEADER = "dead-letter-reason";
  public static final String CAUSE_HEADER = "dead-letter-cause";
  private static final Logger LOG = Logger.getLogger(DeadLetters.class);
  private static final Duration RETRY = Duration.ofSeconds(1);

  private final OutboxProducer producer;
  private final EntityManager entityManager;
  private final Outbox outbox;
  private final MeterRegistry registry;

  public DeadLetters(
      OutboxProducer producer, EntityManager entityManager, Outbox outbox, MeterRegistry registry) {
    this.producer = producer;
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.registry = registry;
  }

  /**
   * Parks the record; returns once both the topic and the table have it. A failure on the way (the
   * broker or the database away) is retried: the record stays unacknowledged until it is parked.
   */
  void park(String consumer, ConsumerRecord<String, String> record, Throwable failure, int tries) {
    String reason = reason(failure);
    LOG.errorf(
        "%s parks the record at %s-%d@%d after %d tries: %s",
        consumer, record.topic(), record.partition(), record.offset(), tries, reason);
    untilDone(() -> sendToTopic(consumer, record, failure, reason, tries));
    untilDone(
        () -> QuarkusTransaction.requiringNew().run(() -> keep(consumer, record, reason, tries)));
    registry.counter("coproduce.dead-letters.parked", "consumer", consumer).increment();
  }

  /** How many parked records wait for a redrive, per consumer of this service. */
  @Transactional
  public Map<String, Long> waiting() {
    List<Object[]> rows =
        entityManager
            .createQuery(
                "select consumer, count(*) from DeadLetter where redrivenAt is null group by"
                    + " consumer",
                Object[].class)
            .getResultList();
    return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
  }

  @Transactional
  public List<DeadLetterView> list() {
    return DeadLetter.<DeadLetter>find("redrivenAt is null order by parkedAt").stream()
        .map(DeadLetterView::of)
        .toList();
  }

  /**
   * Puts a parked record back on its topic through the outbox (so it goes out even if the broker is
   * away right now). Every consumer of the topic sees it again; the inbox keeps each one's effect
   * to once, so only the consumer that parked it acts. Empty when there is no such waiting record.
   */
  @Transactional
  public Optional<DeadLetterView> redrive(UUID id) {
    Optional<DeadLetter> found =
        DeadLetter.<DeadLetter>findByIdOptional(id).filter(letter -> letter.redrivenAt == null);
    found.ifPresent(
        letter -> {
          outbox.republish(letter.topic, letter.key, letter.payload, eventType(letter.payload));
          letter.redrivenAt = Instant.now();
        });
    return found.map(DeadLetterView::of);
  }

  private void sendToTopic(
      String consumer,
      ConsumerRecord<String, String> record,
      Throwable failure,
      String reason,
      int tries) {
    Headers headers = new RecordHeaders(record.headers().toArray());
    header(headers, CONSUMER_HEADER, consumer);
    header(headers, REASON_HEADER, reason);
    header(headers, CAUSE_HEADER, reason(rootCause(failure)));
    header(headers, "dead-letter-topic", record.topic());
    header(headers, "dead-letter-partition", Integer.toString(record.partition()));
    header(headers, "dead-letter-offset", Long.toString(record.offset()));
    header(headers, "dead-letter-attempts", Integer.toString(tries));
    ProducerRecord<String, String> parked =
        new ProducerRecord<>(
            Topics.deadLetter(record.topic()), null, record.key(), record.value(), headers);
    try {
      producer.send(parked).get(producer.deliveryTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Parking in " + parked.topic() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while parking", e);
    }
  }

  private void keep(
      String consumer, ConsumerRecord<String, String> record, String reason, int tries) {
    entityManager
        .createNativeQuery(
            "insert into dead_letter (id, consumer, topic, partition, record_offset, message_key,"
                + " payload, reason, attempts) values (:id, :consumer, :topic, :partition,"
                + " :offset, :key, :payload, :reason, :attempts) on conflict do nothing")
        .setParameter("id", UUID.randomUUID())
        .setParameter("consumer", consumer)
        .setParameter("topic", record.topic())
        .setParameter("partition", record.partition())
        .setParameter("offset", record.offset())
        .setParameter("key", record.key())
        .setParameter("payload", record.value())
        .setParameter("reason", reason)
        .setParameter("attempts", tries)
        .executeUpdate();
  }

  private static void untilDone(Runnable step) {
    while (true) {
      try {
        step.run();
        return;
      } catch (RuntimeException e) {
        LOG.warnf("Parking a record failed, retrying: %s", e.getMessage());
        try {
          Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while parking", e);
        }
      }
    }
  }

  private static void header(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static String eventType(String payload) {
    try {
      return EventCodec.read(payload).type();
    } catch (MalformedEventException e) {
      return "unreadable";
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String reason(Throwable failure) {
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message;
  }
}
