package org.coproduce.events;

import java.util.UUID;

/**
 * A person's contribution ("you said": an idea, feedback, a panel view, a survey response, a
 * comment at a meeting) was recorded in involvement-service. What they said stays there: only its
 * kind travels, for strategy-service's "you said, we did" closure indicator.
 */
public record ContributionRecorded(UUID contributionId, UUID personId, String kind)
    implements Event {
  @Override
  public String aggregateId() {
    return contributionId.toString();
  }
}
