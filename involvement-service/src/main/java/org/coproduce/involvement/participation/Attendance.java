package org.coproduce.involvement.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One attendance to record, from a single request or a line of a session's attendance sheet. The
 * project, activity and session are absent when the attendance had none.
 */
public record Attendance(
    UUID personId,
    UUID projectId,
    UUID activityId,
    UUID sessionId,
    ActivityType activityType,
    LocalDate date,
    BigDecimal hours) {

  static Attendance of(NewParticipation request, UUID activityId) {
    return new Attendance(
        request.personId(),
        request.projectId(),
        activityId,
        request.sessionId(),
        request.activityType(),
        request.date(),
        request.hours());
  }
}
