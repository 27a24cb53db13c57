package org.coproduce.involvement.participation;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.QI_LEAD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.ParticipationCorrected;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.involvement.activity.ActivitySession;
import org.coproduce.involvement.person.PersonService;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.problem.UniqueConstraint;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;

@ApplicationScoped
public class ParticipationService {
  /** The unique index that keeps one attendance per person and session. */
  static final String ONCE_PER_SESSION = "participation_once_per_session";

  /** The unique index that keeps one attendance without a session per person, kind and day. */
  static final String ONCE_PER_DAY = "participation_once_per_day";

  private final EntityManager entityManager;
  private final Outbox outbox;
  private final PersonService people;

  public ParticipationService(EntityManager entityManager, Outbox outbox, PersonService people) {
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.people = people;
  }

  /**
   * Records a single attendance and its {@code ParticipationRecorded} event. A named session must
   * exist (422 naming {@code sessionId}); the participation then names the session's activity too.
   * A repeat is refused (409) naming {@code sessionId}, or {@code date} when there is no session.
   */
  @Transactional
  public ParticipationView record(NewParticipation request, String accountId) {
    UUID activityId = null;
    if (request.sessionId() != null) {
      ActivitySession session = ActivitySession.findById(request.sessionId());
      if (session == null) {
        throw new ProblemException.RuleBroken(
            "Session " + request.sessionId() + " does not exist", "sessionId");
      }
      activityId = session.activityId;
    }
    String duplicateField = request.sessionId() == null ? "date" : "sessionId";
    return record(Attendance.of(request, activityId), accountId, "personId", duplicateField);
  }

  /**
   * Records an attendance and its {@code ParticipationRecorded} event in the caller's transaction;
   * a refusal names {@code personField} (not in the register) or {@code duplicateField} (already
   * recorded). The same attendance twice (same session; or, without one, same project, activity
   * type and day) is caught by the database at flush (two requests can race past any check made
   * here first), which rolls back the event too, so it is never paid twice.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ParticipationView record(
      Attendance attendance, String accountId, String personField, String duplicateField) {
    people.requireActive(attendance.personId(), personField);
    Participation participation = newParticipation(attendance, accountId);
    participation.persist();
    outbox.publish(recorded(participation));
    UniqueConstraint.flushOrRefuse(
        entityManager,
        attendance.sessionId() == null ? ONCE_PER_DAY : ONCE_PER_SESSION,
        () -> new ProblemException.Conflict(alreadyRecorded(attendance), duplicateField));
    return ParticipationView.of(participation);
  }

  private static String alreadyRecorded(Attendance attendance) {
    if (attendance.sessionId() != null) {
      return "This person's attendance at session "
          + attendance.sessionId()
          + " is already recorded";
    }
    return "This person's "
        + attendance.activityType()
        + " attendance on "
        + attendance.date()
        + " without a session is already recorded for this project; name the session to record"
        + " another one that day";
  }

  /** One participation, if the caller may see the person it belongs to. */
  public ParticipationView get(UUID id, CurrentUser caller) {
    return ParticipationView.of(readable(id, caller));
  }

  /** A person's participations, newest first, if the caller may see that person. */
  public Page<ParticipationView> listFor(UUID personId, CurrentUser caller, PageRequest page) {
    if (!people.mayRead(personId, caller) || !people.exists(personId)) {
      throw new ProblemException.NotFound("Person " + personId);
    }
    return Page.of(
        page.fetch(
            entityManager,
            Participation.class,
            "e.personId = :personId",
            Map.of("personId", personId)),
        page,
        participation -> new Cursor(participation.createdAt, participation.id),
        ParticipationView::of);
  }

  /** Who attended a session, in the order they were recorded. */
  public List<ParticipationView> attendanceAt(UUID sessionId) {
    return Participation.<Participation>list("sessionId = ?1 order by createdAt, id", sessionId)
        .stream()
        .map(ParticipationView::of)
        .toList();
  }

  /** Whether the person's attendance at the session is recorded. */
  public boolean attended(UUID personId, UUID sessionId) {
    return Participation.count("personId = ?1 and sessionId = ?2", personId, sessionId) > 0;
  }

  /**
   * Corrects a participation's hours: keeps the correction (previous hours, new hours, reason, who,
   * when), sets the current hours and publishes {@code ParticipationCorrected}, all in one
   * transaction. With an expected version (If-Match), a participation changed meanwhile is refused
   * with 412; the same hours as now are no correction (422).
   */
  @Transactional
  public CorrectionView correct(UUID id, NewCorrection request, Long expected, CurrentUser caller) {
    Participation participation = Participation.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (participation == null) {
      throw new ProblemException.NotFound("Participation " + id);
    }
    Versioned.requireCurrent(expected, participation.version, "Participation " + id);
    if (participation.hours.compareTo(request.hours()) == 0) {
      throw new ProblemException.RuleBroken(
          "The participation already has " + request.hours() + " hours", "hours");
    }
    ParticipationCorrection correction = newCorrection(participation, request, caller);
    correction.persist();
    participation.hours = request.hours();
    outbox.publish(corrected(participation, correction));
    entityManager.flush();
    return CorrectionView.of(correction, participation.version);
  }

  /** The corrections of a participation, newest first; a volunteer sees only their own. */
  public Page<CorrectionView> corrections(UUID id, CurrentUser caller, PageRequest page) {
    readable(id, caller);
    return Page.of(
        page.fetch(
            entityManager,
            ParticipationCorrection.class,
            "e.participationId = :participationId",
            Map.of("participationId", id)),
        page,
        correction -> new Cursor(correction.createdAt, correction.id),
        correction -> CorrectionView.of(correction, null));
  }

  /** Staff who record attendance see every participation; anyone else only their own. */
  private Participation readable(UUID id, CurrentUser caller) {
    Participation participation = Participation.findById(id);
    boolean staff = caller.hasRole(COORDINATOR) || caller.hasRole(ADMIN) || caller.hasRole(QI_LEAD);
    if (participation == null || !(staff || people.mayRead(participation.personId, caller))) {
      throw new ProblemException.NotFound("Participation " + id);
    }
    return participation;
  }

  private static Participation newParticipation(Attendance attendance, String accountId) {
    Participation participation = new Participation();
    participation.id = UUID.randomUUID();
    participation.personId = attendance.personId();
    participation.projectId = attendance.projectId();
    participation.activityId = attendance.activityId();
    participation.activityType = attendance.activityType();
    participation.date = attendance.date();
    participation.hours = attendance.hours();
    participation.sessionId = attendance.sessionId();
    participation.createdAt = Instant.now();
    participation.recordedBy = accountId;
    return participation;
  }

  private static ParticipationCorrection newCorrection(
      Participation participation, NewCorrection request, CurrentUser caller) {
    ParticipationCorrection correction = new ParticipationCorrection();
    correction.id = UUID.randomUUID();
    correction.participationId = participation.id;
    correction.previousHours = participation.hours;
    correction.hours = request.hours();
    correction.reason = request.reason().strip();
    correction.correctedBy = caller.accountId();
    correction.createdAt = Instant.now();
    return correction;
  }

  private static ParticipationRecorded recorded(Participation participation) {
    return new ParticipationRecorded(
        participation.id,
        participation.personId,
        participation.projectId,
        participation.activityType.name(),
        participation.date,
        participation.hours,
        participation.recordedBy,
        participation.activityId,
        participation.sessionId);
  }

  private static ParticipationCorrected corrected(
      Participation participation, ParticipationCorrection correction) {
    return new ParticipationCorrected(
        correction.id,
        participation.id,
        participation.personId,
        participation.projectId,
        participation.activityType.name(),
        participation.date,
        correction.previousHours,
        correction.hours,
        correction.correctedBy);
  }
}
