package org.coproduce.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's attendance at a project session was recorded by a member of staff. This drives the fee
 * claim; {@code recordedBy} is the staff member's account id, so the approver can be kept apart.
 */
public record ParticipationRecorded(
    UUID participationId,
    UUID personId,
    UUID projectId,
    String activityType,
    LocalDate date,
    BigDecimal hours,
    String recordedBy)
    implements Event {
  @Override
  public String aggregateId() {
    return participationId.toString();
  }
}
