package org.coproduce.involvement.pyramid;

import java.time.Instant;
import java.util.UUID;

public record LevelHistoryView(
    UUID id, UUID personId, String fromLevel, String toLevel, Instant changedAt, String changedBy) {

  public static LevelHistoryView of(LevelHistoryEntry entry) {
    return new LevelHistoryView(
        entry.id, entry.personId, entry.fromLevel, entry.toLevel, entry.createdAt, entry.changedBy);
  }
}
