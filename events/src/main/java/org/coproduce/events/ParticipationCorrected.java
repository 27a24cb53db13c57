package org.coproduce.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Staff corrected the hours of a recorded participation. The reason stays in involvement-service
 * (free text); {@code correctedBy} is the staff member's account id.
 */
public record ParticipationCorrected(
    UUID correctionId,
    UUID participationId,
    UUID personId,
    @MayBeAbsent UUID projectId,
    String activityType,
    LocalDate date,
    BigDecimal previousHours,
    BigDecimal hours,
    String correctedBy)
    implements Event {
  /** Keyed by the participation, so it follows the participation's own events in order. */
  @Override
  public String aggregateId() {
    return participationId.toString();
  }
}
