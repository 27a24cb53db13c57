package org.coproduce.events;

import java.util.UUID;

/**
 * Staff evaluated an activity with the 4Pi framework, each principle scored 1 to 5; published again
 * whenever the evaluation changes. The notes stay in involvement-service.
 */
public record ActivityEvaluated(
    UUID activityId,
    @MayBeAbsent UUID projectId,
    int principles,
    int purpose,
    int presence,
    int process,
    int impact)
    implements Event {
  @Override
  public String aggregateId() {
    return activityId.toString();
  }
}
