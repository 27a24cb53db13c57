package org.coproduce.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * What travels on a topic: the envelope from DESIGN.md around a payload. The payload stays a JSON
 * tree until a consumer that knows the type reads it, so unknown types can be skipped or parked.
 */
public record EventEnvelope(
    UUID eventId,
    String type,
    int version,
    Instant occurredAt,
    String producer,
    String aggregateType,
    String aggregateId,
    String correlationId,
    JsonNode payload) {}
