package org.coproduce.events;

import java.util.UUID;

/**
 * An involvement activity was planned: a Big I or Little I activity, for a QI project, an
 * opportunity, both or neither. Its title and purpose stay in involvement-service.
 */
public record ActivityPlanned(
    UUID activityId,
    @MayBeAbsent UUID projectId,
    @MayBeAbsent UUID opportunityId,
    String activityType,
    String involvementLevel)
    implements Event {
  @Override
  public String aggregateId() {
    return activityId.toString();
  }
}
