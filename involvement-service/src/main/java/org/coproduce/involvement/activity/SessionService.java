package org.coproduce.involvement.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;

@ApplicationScoped
public class SessionService {
  private final EntityManager entityManager;
  private final ActivityService activities;

  public SessionService(EntityManager entityManager, ActivityService activities) {
    this.entityManager = entityManager;
    this.activities = activities;
  }

  /** Arranges a session of an activity: it ends after it starts, in a place or online. */
  @Transactional
  public SessionView arrange(UUID activityId, NewSession request, String accountId) {
    activities.require(activityId);
    if (!request.endsAt().isAfter(request.startsAt())) {
      throw new ProblemException.InvalidField("endsAt", "must be after startsAt");
    }
    String location = blankToNull(request.location());
    if (location == null && !request.online()) {
      throw new ProblemException.InvalidField("location", "is required unless online");
    }
    ActivitySession session = new ActivitySession();
    session.id = UUID.randomUUID();
    session.activityId = activityId;
    session.startsAt = request.startsAt().toInstant();
    session.endsAt = request.endsAt().toInstant();
    session.location = location;
    session.online = request.online();
    session.accessInformation = blankToNull(request.accessInformation());
    session.createdAt = Instant.now();
    session.createdBy = accountId;
    session.persist();
    return SessionView.of(session);
  }

  public SessionView get(UUID id) {
    return SessionView.of(require(id));
  }

  /** The session, or 404. */
  public ActivitySession require(UUID id) {
    ActivitySession session = ActivitySession.findById(id);
    if (session == null) {
      throw new ProblemException.NotFound("Session " + id);
    }
    return session;
  }

  /** An activity's sessions, newest first. */
  public Page<SessionView> listFor(UUID activityId, PageRequest page) {
    activities.require(activityId);
    return Page.of(
        page.fetch(
            entityManager,
            ActivitySession.class,
            "e.activityId = :activityId",
            Map.of("activityId", activityId)),
        page,
        session -> new Cursor(session.createdAt, session.id),
        SessionView::of);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
