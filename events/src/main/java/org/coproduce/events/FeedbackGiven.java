package org.coproduce.events;

import java.util.UUID;

/**
 * Someone who attended a session rated it from 1 to 5: overall ("how was it") and usefulness ("how
 * useful was it"). The comment and who gave it stay in involvement-service.
 */
public record FeedbackGiven(
    UUID feedbackId,
    UUID sessionId,
    UUID activityId,
    @MayBeAbsent UUID projectId,
    int overall,
    int usefulness)
    implements Event {
  @Override
  public String aggregateId() {
    return feedbackId.toString();
  }
}
