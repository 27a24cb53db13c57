package org.coproduce.platform.messaging;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A parked record as an operator sees it; the payload stays in the database and the topic. */
@Schema(name = "DeadLetter")
public record DeadLetterView(
    @Schema(required = true) UUID id,
    @Schema(required = true, example = "payment-service.fee-claims") String consumer,
    @Schema(required = true, example = "involvement.events.v1") String topic,
    @Schema(required = true) int partition,
    @Schema(required = true) long offset,
    @Schema(required = true, example = "Unable to acquire JDBC Connection") String reason,
    @Schema(required = true) int attempts,
    @Schema(required = true) Instant parkedAt) {

  static DeadLetterView of(DeadLetter letter) {
    return new DeadLetterView(
        letter.id,
        letter.consumer,
        letter.topic,
        letter.partition,
        letter.offset,
        letter.reason,
        letter.attempts,
        letter.parkedAt);
  }
}
