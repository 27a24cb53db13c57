package org.coproduce.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.UUID;

/**
 * The one way events are written to and read from JSON. Readers ignore fields they do not know, so
 * a producer can add a field without breaking an older consumer; every field a contract record has
 * is required (a missing or null one is a malformed event), and decimals keep their exact value.
 */
public final class EventCodec {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private EventCodec() {}

  /** Wraps a payload in a new envelope. */
  public static EventEnvelope envelope(
      Event event, UUID eventId, Instant occurredAt, String producer, String correlationId) {
    Contract contract = Contract.of(event);
    return new EventEnvelope(
        eventId,
        contract.type(),
        contract.version(),
        occurredAt,
        producer,
        contract.aggregateType(),
        event.aggregateId(),
        correlationId,
        MAPPER.valueToTree(event));
  }

  public static String write(EventEnvelope envelope) {
    try {
      return MAPPER.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Event cannot be written as JSON", e);
    }
  }

  /** Reads an envelope; a message that is not one fails with {@link MalformedEventException}. */
  public static EventEnvelope read(String json) {
    try {
      EventEnvelope envelope = MAPPER.readValue(json, EventEnvelope.class);
      if (envelope.eventId() == null || envelope.type() == null || envelope.payload() == null) {
        throw new MalformedEventException("envelope lacks eventId, type or payload");
      }
      return envelope;
    } catch (JsonProcessingException e) {
      throw new MalformedEventException("not a JSON event envelope: " + e.getOriginalMessage());
    }
  }

  /** Reads the payload as the record of the envelope's contract. */
  public static Event payload(EventEnvelope envelope) {
    Contract contract =
        Contract.of(envelope.type(), envelope.version())
            .orElseThrow(
                () ->
                    new MalformedEventException(
                        "unknown event " + envelope.type() + " v" + envelope.version()));
    try {
      return MAPPER.treeToValue(envelope.payload(), contract.payloadType());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new MalformedEventException(
          envelope.type() + " payload does not match its contract: " + e.getMessage());
    }
  }
}
