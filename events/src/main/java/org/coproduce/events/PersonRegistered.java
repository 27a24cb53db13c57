package org.coproduce.events;

import java.util.UUID;

/** A person joined the involvement register; who they are stays in involvement-service. */
public record PersonRegistered(UUID personId, String personType) implements Event {
  @Override
  public String aggregateId() {
    return personId.toString();
  }
}
