package org.coproduce.involvement.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.FeedbackGiven;
import org.coproduce.involvement.activity.Activity;
import org.coproduce.involvement.activity.ActivityService;
import org.coproduce.involvement.activity.ActivitySession;
import org.coproduce.involvement.activity.SessionService;
import org.coproduce.involvement.participation.ParticipationService;
import org.coproduce.involvement.person.PersonService;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.problem.UniqueConstraint;
import org.coproduce.platform.security.CurrentUser;

@ApplicationScoped
public class FeedbackService {
  static final String ONCE_PER_PERSON_AND_SESSION = "feedback_once_per_person_and_session";

  private final EntityManager entityManager;
  private final Outbox outbox;
  private final SessionService sessions;
  private final ActivityService activities;
  private final ParticipationService participations;
  private final PersonService people;

  public FeedbackService(
      EntityManager entityManager,
      Outbox outbox,
      SessionService sessions,
      ActivityService activities,
      ParticipationService participations,
      PersonService people) {
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.sessions = sessions;
    this.activities = activities;
    this.participations = participations;
    this.people = people;
  }

  /**
   * Takes the caller's feedback on a session they attended (their attendance is recorded), once,
   * and publishes {@code FeedbackGiven} without the comment. Sessions are visible to volunteers, so
   * someone who did not attend is refused with 403, not 404; an erased person is refused with 422.
   */
  @Transactional
  public FeedbackView give(UUID sessionId, NewFeedback request, CurrentUser caller) {
    ActivitySession session = sessions.require(sessionId);
    UUID personId =
        caller
            .personId()
            .filter(person -> participations.attended(person, sessionId))
            .orElseThrow(
                () ->
                    new ProblemException.Forbidden(
                        "Only people whose attendance at this session is recorded can give"
                            + " feedback on it"));
    people.requireActive(personId, "personId");
    Activity activity = activities.require(session.activityId);
    Feedback feedback = new Feedback();
    feedback.id = UUID.randomUUID();
    feedback.sessionId = sessionId;
    feedback.personId = personId;
    feedback.overall = request.overall();
    feedback.usefulness = request.usefulness();
    feedback.comment =
        request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
    feedback.createdAt = Instant.now();
    feedback.persist();
    outbox.publish(
        new FeedbackGiven(
            feedback.id,
            sessionId,
            activity.id,
            activity.projectId,
            feedback.overall,
            feedback.usefulness));
    UniqueConstraint.flushOrRefuse(
        entityManager,
        ONCE_PER_PERSON_AND_SESSION,
        () ->
            new ProblemException.Conflict(
                "You have already given feedback on this session", "sessionId"));
    return FeedbackView.of(feedback);
  }

  /** A session's feedback, newest first. */
  public Page<FeedbackView> listFor(UUID sessionId, PageRequest page) {
    sessions.require(sessionId);
    return Page.of(
        page.fetch(
            entityManager,
            Feedback.class,
            "e.sessionId = :sessionId",
            Map.of("sessionId", sessionId)),
        page,
        feedback -> new Cursor(feedback.createdAt, feedback.id),
        FeedbackView::of);
  }

  /** How many gave feedback on a session and their averages, to two decimals. */
  public FeedbackSummaryView summaryOf(UUID sessionId) {
    sessions.require(sessionId);
    Object[] row =
        entityManager
            .createQuery(
                "select count(f), avg(f.overall), avg(f.usefulness) from Feedback f"
                    + " where f.sessionId = :sessionId",
                Object[].class)
            .setParameter("sessionId", sessionId)
            .getSingleResult();
    return new FeedbackSummaryView(
        sessionId, (Long) row[0], rounded((Double) row[1]), rounded((Double) row[2]));
  }

  private static BigDecimal rounded(Double average) {
    return average == null ? null : BigDecimal.valueOf(average).setScale(2, RoundingMode.HALF_UP);
  }
}
