package org.coproduce.involvement.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.involvement.person.PersonService;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.problem.UniqueConstraint;
import org.coproduce.platform.security.CurrentUser;

@ApplicationScoped
public class ParticipationService {
  /** The unique constraint of the migration that keeps one attendance per person and session. */
  static final String ONCE_PER_SESSION = "participation_once_per_session";

  private final EntityManager entityManager;
  private final Outbox outbox;
  private final PersonService people;

  public ParticipationService(EntityManager entityManager, Outbox outbox, PersonService people) {
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.people = people;
  }

  /**
   * Records an attendance and its {@code ParticipationRecorded} event in one transaction. A second
   * attendance at the same session is caught by the database at flush (two requests can race past
   * any check made here first), which rolls back the event too, so it is never paid twice.
   */
  @Transactional
  public ParticipationView record(NewParticipation request, String accountId) {
    people.requireActive(request.personId(), "personId");
    Participation participation = newParticipation(request, accountId);
    participation.persist();
    outbox.publish(recorded(participation));
    UniqueConstraint.flushOrRefuse(
        entityManager,
        ONCE_PER_SESSION,
        () ->
            new ProblemException.Conflict(
                "This person's attendance at session "
                    + request.sessionId()
                    + " is already recorded",
                "sessionId"));
    return ParticipationView.of(participation);
  }

  /** One participation, if the caller may see the person it belongs to. */
  public ParticipationView get(UUID id, CurrentUser caller) {
    Participation participation = Participation.findById(id);
    if (participation == null || !people.mayRead(participation.personId, caller)) {
      throw new ProblemException.NotFound("Participation " + id);
    }
    return ParticipationView.of(participation);
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

  private static Participation newParticipation(NewParticipation request, String accountId) {
    Participation participation = new Participation();
    participation.id = UUID.randomUUID();
    participation.personId = request.personId();
    participation.projectId = request.projectId();
    participation.activityType = request.activityType();
    participation.date = request.date();
    participation.hours = request.hours();
    participation.sessionId = request.sessionId();
    participation.createdAt = Instant.now();
    participation.recordedBy = accountId;
    return participation;
  }

  private static ParticipationRecorded recorded(Participation participation) {
    return new ParticipationRecorded(
        participation.id,
        participation.personId,
        participation.projectId,
        participation.activityType.name(),
        participation.date,
        participation.hours,
        participation.recordedBy);
  }
}
