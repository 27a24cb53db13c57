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
}
