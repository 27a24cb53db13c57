package org.coproduce.involvement.contribution;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;

@ConfigMapping(prefix = "coproduce.tell-back")
public interface TellBackConfig {
  /** Days after a contribution by which the person should be told what was done with it. */
  @Min(1)
  int dueDays();
}
