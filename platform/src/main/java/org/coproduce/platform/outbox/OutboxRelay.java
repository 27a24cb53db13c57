package org.coproduce.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in commit order and marks them published. A failed send
 * stops the batch (later rows may be about the same aggregate and must not overtake it) and backs
 * off exponentially; the rows stay and are sent again, so nothing is lost while the broker is away.
 *
 * <p>Only one relay of a service works at a time, whatever the number of instances: a batch runs
 * under a transaction-scoped PostgreSQL advisory lock, and a relay that does not get it leaves the
 * batch to the one that has it. (Claiming rows with SKIP LOCKED instead let a second instance
 * publish later rows of an aggregate while the first was retrying an earlier one.) A row the broker
 * refuses for good, such as one too large, is parked after {@code coproduce.outbox.max-attempts}
 * tries instead of holding up every later row; an operator re-queues it.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  /** The advisory lock key of the relay: one per database, so one per service. */
  static final long RELAY_LOCK = 0x636f70726f64L; // "coprod"

  private final EntityManager entityManager;
  private final OutboxProducer producer;
  private final OutboxConfig config;
  private final Counter published;
  private final Counter failures;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicBoolean pending = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean stopping;
  private volatile int consecutiveFailures;
  private volatile Instant pausedUntil = Instant.MIN;
  private volatile OutboxBacklog backlog = OutboxBacklog.EMPTY;

  public OutboxRelay(
      EntityManager entityManager,
      OutboxProducer producer,
      OutboxConfig config,
      MeterRegistry registry) {
    this.entityManager = entityManager;
    this.producer = producer;
    this.config = config;
    this.published = registry.counter("coproduce.outbox.published");
    this.failures = registry.counter("coproduce.outbox.failures");
    Gauge.builder("coproduce.outbox.oldest.unpublished.age", this, r -> r.backlog.ageSeconds())
        .description("Age of the oldest event not yet published (parked ones aside)")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("coproduce.outbox.parked", this, r -> r.backlog.parked())
        .description("Events that failed for good and wait for an operator")
        .register(registry);
  }

  /** What is waiting, as of the last poll. */
  public OutboxBacklog backlog() {
    return backlog;
  }

  /** The safety net: picks up what a wake-up missed, such as rows left by a crashed instance. */
  @Scheduled(every = "${coproduce.outbox.poll-interval}")
  void poll() {
    wake();
    try {
      backlog = measure();
    } catch (RuntimeException e) {
      LOG.debugf("Measuring the outbox failed: %s", e.getMessage());
    }
  }

  @Transactional
  OutboxBacklog measure() {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "select min(created_at) filter (where parked_at is null),"
                        + " count(*) filter (where parked_at is not null)"
                        + " from outbox_message where published_at is null")
                .getSingleResult();
    return new OutboxBacklog(
        Optional.ofNullable(row[0]).map(OutboxRelay::instant), ((Number) row[1]).longValue());
  }

  /** The driver's type for a timestamptz column depends on the JDBC and Hibernate versions. */
  private static Instant instant(Object timestamp) {
    if (timestamp instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (timestamp instanceof Timestamp sql) {
      return sql.toInstant();
    }
    return (Instant) timestamp;
  }

  /**
   * Asks for a relay run soon; called after every commit that wrote to the outbox, so events go out
   * at once rather than at the next poll. Runs never overlap and no wake-up is lost.
   */
  public void wake() {
    if (stopping) {
      return;
    }
    pending.set(true);
    if (running.compareAndSet(false, true)) {
      worker.execute(this::drain);
    }
  }

  private void drain() {
    try {
      while (pending.getAndSet(false)) {
        relayAll();
      }
    } catch (RuntimeException e) {
      LOG.warn("Outbox relay run failed; the next poll retries", e);
    } finally {
      running.set(false);
    }
    if (pending.get()) {
      wake();
    }
  }

  private void relayAll() {
    while (!stopping && Instant.now().isAfter(pausedUntil) && relayBatch() == config.batchSize()) {
      // a full batch means more may be waiting: keep going without waiting for the next tick
    }
  }

  /**
   * The application is stopping: no new runs, so the scheduler's last ticks do not reach for a
   * database that is closing. Unpublished rows stay for the next start.
   */
  void onShutdown(@Observes ShutdownEvent event) {
    stopping = true;
  }

  @PreDestroy
  void stop() {
    stopping = true;
    worker.shutdown();
  }

  /**
   * Sends one batch; returns how many rows were published, 0 when another relay of this service is
   * at work.
   */
  @Transactional
  int relayBatch() {
    if (!relayLock()) {
      return 0;
    }
    List<OutboxMessage> batch = unpublished();
    List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
    for (OutboxMessage message : batch) {
      Future<RecordMetadata> send =
          producer.send(new ProducerRecord<>(message.topic, message.key, message.payload));
      sends.add(send);
      if (failedAtOnce(send)) {
        break; // the broker is unreachable: do not queue the rest behind a failure
      }
    }
    Instant now = Instant.now();
    for (int i = 0; i < sends.size(); i++) {
      OutboxMessage message = batch.get(i);
      try {
        sends.get(i).get(producer.deliveryTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException e) {
        failed(message, e);
        return i;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return i;
      }
      message.publishedAt = now;
      published.increment();
    }
    consecutiveFailures = 0;
    return sends.size();
  }

  private static boolean failedAtOnce(Future<RecordMetadata> send) {
    if (!send.isDone()) {
      return false;
    }
    try {
      send.get();
      return false;
    } catch (ExecutionException e) {
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private boolean relayLock() {
    return (Boolean)
        entityManager
            .createNativeQuery("select pg_try_advisory_xact_lock(:key)")
            .setParameter("key", RELAY_LOCK)
            .getSingleResult();
  }

  /**
   * The oldest rows, locked: a relay of an older version that still claims rows with SKIP LOCKED
   * can then not overtake this one either.
   */
  private List<OutboxMessage> unpublished() {
    return entityManager
        .createQuery(
            "from OutboxMessage where publishedAt is null and parkedAt is null order by seq",
            OutboxMessage.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setMaxResults(config.batchSize())
        .getResultList();
  }

  private void failed(OutboxMessage message, Exception e) {
    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
    message.lastError = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    failures.increment();
    if (!(cause instanceof RetriableException || cause instanceof TimeoutException)
        && ++message.attempts >= config.maxAttempts()) {
      message.parkedAt = Instant.now();
      LOG.errorf(
          "Event %s to %s parked after %d attempts: %s",
          message.id, message.topic, message.attempts, message.lastError);
      return;
    }
    consecutiveFailures++;
    long backoffMillis =
        Math.min(MAX_BACKOFF.toMillis(), 250L << Math.min(consecutiveFailures, 10));
    pausedUntil = Instant.now().plusMillis(backoffMillis);
    LOG.warnf(
        "Publishing event %s to %s failed, retrying in %d ms: %s",
        message.id, message.topic, backoffMillis, message.lastError);
  }

  /** Parked rows, oldest first, for an operator. */
  @Transactional
  public List<ParkedEventView> parked() {
    return OutboxMessage.<OutboxMessage>find(
            "parkedAt is not null and publishedAt is null order by seq")
        .stream()
        .map(ParkedEventView::of)
        .toList();
  }

  /** Puts a parked row back in line (at its place in commit order); false if there is none. */
  @Transactional
  public boolean requeue(UUID id) {
    int updated =
        entityManager
            .createQuery(
                "update OutboxMessage set parkedAt = null, attempts = 0"
                    + " where id = :id and parkedAt is not null and publishedAt is null")
            .setParameter("id", id)
            .executeUpdate();
    if (updated == 1) {
      wake();
    }
    return updated == 1;
  }

  @Scheduled(every = "1h", delayed = "1m")
  @Transactional
  void purgePublished() {
    entityManager
        .createQuery("delete from OutboxMessage where publishedAt < :before")
        .setParameter("before", Instant.now().minus(config.retention()))
        .executeUpdate();
  }
}
