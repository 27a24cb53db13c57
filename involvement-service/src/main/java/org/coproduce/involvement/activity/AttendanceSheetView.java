package org.coproduce.involvement.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.involvement.participation.ParticipationView;

/** Who attended a session and their current hours (after any correction). */
public record AttendanceSheetView(UUID sessionId, UUID activityId, List<Line> entries) {

  public record Line(
      UUID participationId,
      UUID personId,
      BigDecimal hours,
      String recordedBy,
      Instant recordedAt,
      long participationVersion) {

    static Line of(ParticipationView participation) {
      return new Line(
          participation.id(),
          participation.personId(),
          participation.hours(),
          participation.recordedBy(),
          participation.createdAt(),
          participation.version());
    }
  }

  static AttendanceSheetView of(ActivitySession session, List<ParticipationView> attended) {
    return new AttendanceSheetView(
        session.id, session.activityId, attended.stream().map(Line::of).toList());
  }
}
