package org.coproduce.involvement.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.coproduce.involvement.participation.Attendance;
import org.coproduce.involvement.participation.ParticipationService;

/** Attendance sheets: each line is a participation, recorded all together or not at all. */
@ApplicationScoped
public class AttendanceService {
  /** The trust's local day decides the date a session is paid for. */
  private static final ZoneId LOCAL = ZoneId.of("Europe/London");

  private final SessionService sessions;
  private final ActivityService activities;
  private final ParticipationService participations;

  public AttendanceService(
      SessionService sessions, ActivityService activities, ParticipationService participations) {
    this.sessions = sessions;
    this.activities = activities;
    this.participations = participations;
  }

  /**
   * Records every line as a participation at the session, with the activity's project and type, in
   * one transaction: a line naming someone not in the register (422) or already recorded at the
   * session (409) rolls back every line and its event.
   */
  @Transactional
  public AttendanceSheetView record(UUID sessionId, NewAttendanceSheet sheet, String accountId) {
    ActivitySession session = sessions.require(sessionId);
    Activity activity = activities.require(session.activityId);
    LocalDate date = session.startsAt.atZone(LOCAL).toLocalDate();
    List<AttendanceEntry> entries = sheet.entries();
    for (int i = 0; i < entries.size(); i++) {
      AttendanceEntry entry = entries.get(i);
      String field = "entries[" + i + "].personId";
      participations.record(
          new Attendance(
              entry.personId(),
              activity.projectId,
              activity.id,
              session.id,
              activity.activityType,
              date,
              entry.hours()),
          accountId,
          field,
          field);
    }
    return AttendanceSheetView.of(session, participations.attendanceAt(sessionId));
  }

  public AttendanceSheetView sheet(UUID sessionId) {
    ActivitySession session = sessions.require(sessionId);
    return AttendanceSheetView.of(session, participations.attendanceAt(sessionId));
  }
}
