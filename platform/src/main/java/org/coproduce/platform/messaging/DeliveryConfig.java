package org.coproduce.platform.messaging;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "coproduce.consumer")
public interface DeliveryConfig {
  /**
   * How many times a message whose handling fails for a lasting reason is tried before it is
   * parked. Transient failures do not count: they are retried until they pass.
   */
  int maxAttempts();

  /** The first wait before a retry; it doubles with each failure up to {@link #maxBackoff()}. */
  Duration initialBackoff();

  Duration maxBackoff();
}
