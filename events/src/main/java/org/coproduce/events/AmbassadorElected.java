package org.coproduce.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person was declared elected as an ambassador in an involvement-service election, for a term
 * from {@code termStart} up to (not including) {@code termEnd}. One event per winner; the key is
 * the election id, so the winners of one election arrive in order.
 */
public record AmbassadorElected(
    UUID electionId, UUID personId, LocalDate termStart, LocalDate termEnd) implements Event {
  @Override
  public String aggregateId() {
    return electionId.toString();
  }
}
