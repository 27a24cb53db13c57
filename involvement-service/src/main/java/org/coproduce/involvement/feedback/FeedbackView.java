package org.coproduce.involvement.feedback;

import java.time.Instant;
import java.util.UUID;

/** One piece of feedback as staff see it; who gave it is not shown, so people can be candid. */
public record FeedbackView(
    UUID id, UUID sessionId, int overall, int usefulness, String comment, Instant givenAt) {

  public static FeedbackView of(Feedback feedback) {
    return new FeedbackView(
        feedback.id,
        feedback.sessionId,
        feedback.overall,
        feedback.usefulness,
        feedback.comment,
        feedback.createdAt);
  }
}
