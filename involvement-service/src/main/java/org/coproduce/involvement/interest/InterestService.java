package org.coproduce.involvement.interest;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.events.TeamMemberSelected;
import org.coproduce.involvement.message.MessagePurpose;
import org.coproduce.involvement.message.MessageService;
import org.coproduce.involvement.opportunity.Notices;
import org.coproduce.involvement.opportunity.Opportunity;
import org.coproduce.involvement.opportunity.OpportunityKind;
import org.coproduce.involvement.opportunity.OpportunityService;
import org.coproduce.involvement.opportunity.OpportunityStatus;
import org.coproduce.involvement.person.Person;
import org.coproduce.involvement.person.PersonService;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.problem.UniqueConstraint;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;

/**
 * Expressions of interest: a volunteer says they would like to take part, the coordinator
 * shortlists, selects or declines, and the person is told the outcome. Selecting someone for a QI
 * project role publishes {@code TeamMemberSelected}, so project-service adds them to the team.
 */
@ApplicationScoped
public class InterestService {
  /** The partial unique index that keeps one live expression per person and opportunity. */
  static final String ONCE_PER_PERSON = "interest_once_per_person";

  private final EntityManager entityManager;
  private final Outbox outbox;
  private final MessageService messages;
  private final OpportunityService opportunities;
  private final PersonService people;

  public InterestService(
      EntityManager entityManager,
      Outbox outbox,
      MessageService messages,
      OpportunityService opportunities,
      PersonService people) {
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.messages = messages;
    this.opportunities = opportunities;
    this.people = people;
  }

  /**
   * Records the caller's interest in a published opportunity that is still open. Drafts are as if
   * they did not exist; a second live expression is refused by the database, and so is anything
   * from a person who has been erased.
   */
  @Transactional
  public InterestView express(UUID opportunityId, NewInterest request, CurrentUser caller) {
    Person person = ownPerson(caller);
    people.requireActive(person.id, "personId");
    Opportunity opportunity = Opportunity.findById(opportunityId);
    if (opportunity == null || opportunity.status == OpportunityStatus.DRAFT) {
      throw new ProblemException.NotFound("Opportunity " + opportunityId);
    }
    if (!opportunity.isOpen(OpportunityService.today())) {
      throw new ProblemException.Conflict(
          "Opportunity " + opportunityId + " is closed to new interest", "opportunityId");
    }
    ExpressionOfInterest interest = new ExpressionOfInterest();
    interest.id = UUID.randomUUID();
    interest.opportunityId = opportunityId;
    interest.personId = person.id;
    interest.note =
        request == null || request.note() == null || request.note().isBlank()
            ? null
            : request.note().strip();
    interest.status = InterestStatus.INTERESTED;
    interest.createdAt = Instant.now();
    interest.persist();
    UniqueConstraint.flushOrRefuse(
        entityManager,
        ONCE_PER_PERSON,
        () ->
            new ProblemException.Conflict(
                "You have already expressed interest in this opportunity", "opportunityId"));
    return InterestView.of(interest, opportunity.title, person.displayName);
  }

  /** The caller takes back their own interest, unless it has been decided. */
  @Transactional
  public InterestView withdraw(UUID id, Long expectedVersion, CurrentUser caller) {
    ExpressionOfInterest interest = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
    return change(interest, InterestStatus.WITHDRAWN, expectedVersion, caller);
  }

  /**
   * A coordinator's decision: shortlist, select or decline. Selecting locks the opportunity so two
   * selections cannot both take its last place. The person is told whether they were selected.
   */
  @Transactional
  public InterestView decide(
      UUID id, InterestStatus decision, Long expectedVersion, CurrentUser caller) {
    ExpressionOfInterest interest = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
    return change(interest, decision, expectedVersion, caller);
  }

  public InterestView get(UUID id, CurrentUser caller) {
    ExpressionOfInterest interest = visible(id, caller, LockModeType.NONE);
    Opportunity opportunity = Opportunity.findById(interest.opportunityId);
    Person person = Person.findById(interest.personId);
    return InterestView.of(interest, opportunity.title, person.displayName);
  }

  /** The caller's own expressions of interest, newest first. */
  public Page<InterestView> mine(CurrentUser caller, PageRequest page) {
    Person person = ownPerson(caller);
    List<ExpressionOfInterest> fetched =
        page.fetch(
            entityManager,
            ExpressionOfInterest.class,
            "e.personId = :personId",
            Map.of("personId", person.id));
    Map<UUID, String> titles =
        namesById(Opportunity.class, fetched, e -> e.opportunityId, o -> o.id, o -> o.title);
    return Page.of(
        fetched,
        page,
        InterestService::cursorOf,
        e -> InterestView.of(e, titles.get(e.opportunityId), person.displayName));
  }

  /** Everyone's expressions of interest in an opportunity, newest first, optionally by status. */
  public Page<InterestView> forOpportunity(
      UUID opportunityId, InterestStatus status, CurrentUser caller, PageRequest page) {
    Opportunity opportunity = opportunities.visible(opportunityId, caller, LockModeType.NONE);
    Map<String, Object> params = new HashMap<>();
    params.put("opportunityId", opportunity.id);
    String filter = "e.opportunityId = :opportunityId";
    if (status != null) {
      filter += " and e.status = :status";
      params.put("status", status);
    }
    List<ExpressionOfInterest> fetched =
        page.fetch(entityManager, ExpressionOfInterest.class, filter, params);
    Map<UUID, String> names =
        namesById(Person.class, fetched, e -> e.personId, p -> p.id, p -> p.displayName);
    return Page.of(
        fetched,
        page,
        InterestService::cursorOf,
        e -> InterestView.of(e, opportunity.title, names.get(e.personId)));
  }

  private InterestView change(
      ExpressionOfInterest interest,
      InterestStatus next,
      Long expectedVersion,
      CurrentUser caller) {
    Versioned.requireCurrent(expectedVersion, interest.version, "Expression of interest");
    if (next == InterestStatus.SHORTLISTED || next == InterestStatus.SELECTED) {
      people.requireActive(interest.personId, "personId");
    }
    if (!interest.status.mayBecome(next)) {
      throw new ProblemException.Conflict(
          "This expression of interest is " + interest.status + " and cannot become " + next,
          "status");
    }
    Opportunity opportunity =
        Opportunity.findById(
            interest.opportunityId,
            next == InterestStatus.SELECTED ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
    if (next == InterestStatus.SELECTED) {
      requirePlaceLeft(opportunity);
    }
    interest.status = next;
    interest.decidedBy = caller.accountId();
    interest.updatedAt = Instant.now();
    Person person = Person.findById(interest.personId);
    if (next == InterestStatus.SELECTED && opportunity.kind == OpportunityKind.QI_PROJECT_ROLE) {
      outbox.publish(
          new TeamMemberSelected(
              interest.id,
              opportunity.id,
              opportunity.projectId,
              person.id,
              person.personType.name(),
              opportunity.involvementLevel.name()));
    }
    if (next == InterestStatus.SELECTED || next == InterestStatus.NOT_SELECTED) {
      tellOutcome(interest, opportunity, caller);
    }
    entityManager.flush();
    return InterestView.of(interest, opportunity.title, person.displayName);
  }

  private static void requirePlaceLeft(Opportunity opportunity) {
    long selected =
        ExpressionOfInterest.count(
            "opportunityId = ?1 and status = ?2", opportunity.id, InterestStatus.SELECTED);
    if (selected >= opportunity.placesAvailable) {
      throw new ProblemException.Conflict(
          "All " + opportunity.placesAvailable + " places are taken", "placesAvailable");
    }
  }

  private void tellOutcome(
      ExpressionOfInterest interest, Opportunity opportunity, CurrentUser caller) {
    boolean selected = interest.status == InterestStatus.SELECTED;
    String subject =
        (selected ? "You have been selected: " : "Not selected this time: ") + opportunity.title;
    String body =
        (selected
                ? "Thank you for your interest. You have been selected, and the coordinator will"
                    + " be in touch about what happens next.\n\n"
                : "Thank you for your interest. This time all the places have gone to others;"
                    + " we hope you will look at other opportunities.\n\n")
            + Notices.describe(opportunity);
    messages.send(
        interest.personId,
        MessagePurpose.INTEREST_OUTCOME,
        opportunity.id,
        subject,
        body,
        caller.accountId());
  }

  /**
   * The expression of interest if the caller may see it (coordinators and admins see all, a
   * volunteer their own); otherwise 404.
   */
  private static ExpressionOfInterest visible(UUID id, CurrentUser caller, LockModeType lock) {
    ExpressionOfInterest interest = ExpressionOfInterest.findById(id, lock);
    boolean staff = caller.hasRole(COORDINATOR) || caller.hasRole(ADMIN);
    if (interest == null
        || (!staff && caller.personId().filter(interest.personId::equals).isEmpty())) {
      throw new ProblemException.NotFound("Expression of interest " + id);
    }
    return interest;
  }

  private static Person ownPerson(CurrentUser caller) {
    Person person = caller.personId().map(id -> Person.<Person>findById(id)).orElse(null);
    if (person == null) {
      throw new ProblemException.NotFound("Your person record");
    }
    return person;
  }

  private <E> Map<UUID, String> namesById(
      Class<E> entity,
      List<ExpressionOfInterest> interests,
      Function<ExpressionOfInterest, UUID> reference,
      Function<E, UUID> idOf,
      Function<E, String> nameOf) {
    List<UUID> ids = interests.stream().map(reference).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return entityManager
        .createQuery("select e from " + entity.getSimpleName() + " e where e.id in :ids", entity)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(idOf, nameOf));
  }

  private static Cursor cursorOf(ExpressionOfInterest interest) {
    return new Cursor(interest.createdAt, interest.id);
  }
}
