package org.coproduce.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The person who made a contribution was told what was done with it ("we did"): the loop of "you
 * said, we did" is closed. What was done and how they were told stay in involvement-service.
 */
public record ContributionToldBack(UUID contributionId, Instant toldBackAt) implements Event {
  @Override
  public String aggregateId() {
    return contributionId.toString();
  }
}
