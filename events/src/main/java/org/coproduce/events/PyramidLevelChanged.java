package org.coproduce.events;

import java.util.UUID;

/**
 * A person moved to another level of the Involvement Pyramid in involvement-service. Levels are
 * codes of involvement-service's reference data (e.g. {@code CO_PRODUCING}); {@code previousLevel}
 * is {@link #NO_LEVEL} when the person had no level before.
 */
public record PyramidLevelChanged(UUID personId, String level, String previousLevel)
    implements Event {
  /** The previous level of a person put on the pyramid for the first time. */
  public static final String NO_LEVEL = "NONE";

  @Override
  public String aggregateId() {
    return personId.toString();
  }
}
