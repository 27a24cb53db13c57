package org.coproduce.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The one way events are written to and read from JSON. Readers ignore fields they do not know, so
 * a producer can add a field without breaking an older consumer; every field a contract record has
 * is required (a missing or null one is a malformed event) unless it is marked {@link MayBeAbsent},
 * which is left out when null. Decimals keep their exact value. A {@link Superseded} version is
 * upcast when read, so consumers only ever see the newest record of each event.
 */
public final class EventCodec {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  /** Payloads may leave out {@link MayBeAbsent} fields; required ones are checked on the tree. */
  private static final ObjectMapper PAYLOADS =
      MAPPER
          .copy()
          .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

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

  /**
   * Reads the payload as the record of the envelope's contract, upcast to the newest version of its
   * type.
   */
  public static Event payload(EventEnvelope envelope) {
    Contract contract =
        Contract.of(envelope.type(), envelope.version())
            .orElseThrow(
                () ->
                    new MalformedEventException(
                        "unknown event " + envelope.type() + " v" + envelope.version()));
    List<String> missing = missingRequired(contract.payloadType(), envelope.payload());
    if (!missing.isEmpty()) {
      throw new MalformedEventException(
          envelope.type() + " payload lacks required fields " + missing);
    }
    try {
      return newest(PAYLOADS.treeToValue(envelope.payload(), contract.payloadType()));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new MalformedEventException(
          envelope.type() + " payload does not match its contract: " + e.getMessage());
    }
  }

  /** The event in the newest version of its contract. */
  public static Event newest(Event event) {
    Event current = event;
    while (current instanceof Superseded older) {
      current = older.newer();
    }
    return current;
  }

  /** Whether a component of a contract record may be absent from a payload. */
  public static boolean mayBeAbsent(RecordComponent component) {
    return component.isAnnotationPresent(MayBeAbsent.class);
  }

  private static List<String> missingRequired(Class<? extends Event> type, JsonNode payload) {
    return Arrays.stream(type.getRecordComponents())
        .filter(component -> !mayBeAbsent(component))
        .map(RecordComponent::getName)
        .filter(name -> payload.path(name).isMissingNode() || payload.path(name).isNull())
        .toList();
  }
}
