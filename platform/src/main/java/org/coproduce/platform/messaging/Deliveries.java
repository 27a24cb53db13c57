package org.coproduce.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coproduce.events.MalformedEventException;
import org.jboss.logging.Logger;

/**
 * The one way a consumer handles a Kafka record: in a transaction of its own, retried while it
 * fails.
 *
 * <ul>
 *   <li>A transient failure ({@link TransientFailures}: database away, lock or transaction timeout,
 *       deadlock) is retried with backoff for as long as it lasts. The record is not acknowledged
 *       meanwhile, so its partition waits and nothing behind it overtakes it.
 *   <li>A malformed message is parked at once; any other failure after {@code
 *       coproduce.consumer.max-attempts} tries. Parking ({@link DeadLetters}) puts it on {@code
 *       <topic>.dlq} with the consumer's name and the reason, and consumption goes on.
 * </ul>
 *
 * The channel's own failure strategy is {@code fail}: nothing reaches it but a stop, and a stopped
 * application must not acknowledge what it did not handle.
 */
@ApplicationScoped
public class Deliveries {
  private static final Logger LOG = Logger.getLogger(Deliveries.class);

  private final DeadLetters deadLetters;
  private final DeliveryConfig config;
  private final MeterRegistry registry;
  private volatile boolean stopping;

  public Deliveries(DeadLetters deadLetters, DeliveryConfig config, MeterRegistry registry) {
    this.deadLetters = deadLetters;
    this.config = config;
    this.registry = registry;
  }

  /** Handles one record: the handler gets its value inside a new transaction. */
  public void handle(
      String consumer, ConsumerRecord<String, String> record, Consumer<String> handler) {
    Backoff backoff = new Backoff();
    int lastingFailures = 0;
    while (true) {
      try {
        QuarkusTransaction.requiringNew().run(() -> handler.accept(record.value()));
        return;
      } catch (RuntimeException failure) {
        if (malformed(failure)
            || !TransientFailures.isTransient(failure)
                && ++lastingFailures >= config.maxAttempts()) {
          deadLetters.park(consumer, record, failure, Math.max(lastingFailures, 1));
          return;
        }
        retryLater(consumer, record.topic(), failure, backoff);
      }
    }
  }

  /**
   * Runs a whole batch in one transaction, retrying it while it fails transiently. Returns false
   * when it failed for a lasting reason: the caller then handles its records one by one with {@link
   * #handle}, so only the record at fault is parked.
   */
  public boolean handleBatch(String consumer, String topic, Runnable batch) {
    Backoff backoff = new Backoff();
    while (true) {
      try {
        QuarkusTransaction.requiringNew().run(batch);
        return true;
      } catch (RuntimeException failure) {
        if (!TransientFailures.isTransient(failure)) {
          return false;
        }
        retryLater(consumer, topic, failure, backoff);
      }
    }
  }

  private void retryLater(
      String consumer, String topic, RuntimeException failure, Backoff backoff) {
    if (stopping) {
      // not acknowledged: the next start, or another instance, handles the record again
      throw new IllegalStateException("Stopping while " + consumer + " retries", failure);
    }
    registry.counter("coproduce.consumer.retries", "consumer", consumer).increment();
    Duration wait = backoff.next();
    LOG.warnf(
        "%s could not handle a record of %s (%s), retrying in %d ms",
        consumer, topic, failure.getMessage(), wait.toMillis());
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while " + consumer + " retries", failure);
    }
  }

  private static boolean malformed(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof MalformedEventException) {
        return true;
      }
    }
    return false;
  }

  void onShutdown(@Observes ShutdownEvent event) {
    stopping = true;
  }

  /** Exponential backoff from the configured first wait up to the configured longest. */
  private final class Backoff {
    private Duration current = config.initialBackoff();

    Duration next() {
      Duration wait = current;
      Duration doubled = current.multipliedBy(2);
      current = doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
      return wait;
    }
  }
}
