package org.coproduce.platform.outbox;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "coproduce.outbox")
public interface OutboxConfig {
  /** How often the relay looks for unpublished events. */
  Duration pollInterval();

  /** How many events one relay transaction sends at most. */
  int batchSize();

  /** How long published events are kept for inspection before they are purged. */
  Duration retention();

  /**
   * How many times a row that the broker refuses for good (too large, invalid) is tried before it
   * is parked. Failures that pass (the broker away, a timeout) never park a row.
   */
  int maxAttempts();

  /** Readiness goes down when an unpublished row is older than this: events are not going out. */
  Duration readyMaxAge();
}
