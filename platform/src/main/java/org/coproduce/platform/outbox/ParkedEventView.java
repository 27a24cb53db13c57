package org.coproduce.platform.outbox;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An outbox row the relay put aside, as an operator sees it (no payload). */
@Schema(name = "ParkedEvent")
public record ParkedEventView(
    @Schema(required = true) UUID id,
    @Schema(required = true, example = "payment.events.v1") String topic,
    @Schema(required = true, example = "PaymentClaimCreated") String eventType,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) int attempts,
    @Schema(required = true, example = "RecordTooLargeException: The message is 2000000 bytes")
        String lastError,
    @Schema(required = true) Instant parkedAt) {

  static ParkedEventView of(OutboxMessage message) {
    return new ParkedEventView(
        message.id,
        message.topic,
        message.eventType,
        message.createdAt,
        message.attempts,
        message.lastError,
        message.parkedAt);
  }
}
