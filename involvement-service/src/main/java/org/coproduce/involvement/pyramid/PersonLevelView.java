package org.coproduce.involvement.pyramid;

import java.time.Instant;
import java.util.UUID;

public record PersonLevelView(
    UUID personId, String level, Instant changedAt, String changedBy, long version) {

  public static PersonLevelView of(PersonLevel level) {
    return new PersonLevelView(
        level.personId, level.level, level.changedAt, level.changedBy, level.version);
  }
}
