package org.coproduce.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What the outbox holds that has not gone out: the oldest waiting row's time, and parked rows. */
public record OutboxBacklog(Optional<Instant> oldestUnpublished, long parked) {
  static final OutboxBacklog EMPTY = new OutboxBacklog(Optional.empty(), 0);

  /** Seconds the oldest waiting row has waited, now; 0 when nothing waits. */
  public double ageSeconds() {
    return oldestUnpublished
        .map(oldest -> Math.max(0, Duration.between(oldest, Instant.now()).toMillis()) / 1000.0)
        .orElse(0.0);
  }
}
