package org.coproduce.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A person was erased from the involvement register: their personal fields are wiped or
 * pseudonymised there, and every service that holds anything about them does the same on hearing
 * this. Records kept for finance or history stay against the same id.
 */
public record PersonErased(UUID personId, Instant erasedAt) implements Event {
  @Override
  public String aggregateId() {
    return personId.toString();
  }
}
