package org.coproduce.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's attendance at an involvement activity was recorded by a member of staff (version 2).
 * This drives the fee claim; {@code recordedBy} is the staff member's account id, so the approver
 * can be kept apart. Activities outside a QI project (service user meetings, panels, training) are
 * paid too, so {@code projectId} may be absent; {@code activityId} and {@code sessionId} are absent
 * when the attendance was recorded without a session.
 */
public record ParticipationRecorded(
    UUID participationId,
    UUID personId,
    @MayBeAbsent UUID projectId,
    String activityType,
    LocalDate date,
    BigDecimal hours,
    String recordedBy,
    @MayBeAbsent UUID activityId,
    @MayBeAbsent UUID sessionId)
    implements Event {
  @Override
  public String aggregateId() {
    return participationId.toString();
  }
}
