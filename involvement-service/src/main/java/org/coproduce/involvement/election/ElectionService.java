package org.coproduce.involvement.election;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.involvement.person.Person;
import org.coproduce.involvement.person.PersonService;
import org.coproduce.involvement.person.PersonType;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.problem.UniqueConstraint;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;

/** Ambassador elections: their schedule, nominations and the candidates on the ballot paper. */
@ApplicationScoped
public class ElectionService {
  static final String NOMINATED_ONCE = "election_nomination_once";

  private final EntityManager entityManager;
  private final PersonService people;

  public ElectionService(EntityManager entityManager, PersonService people) {
    this.entityManager = entityManager;
    this.people = people;
  }

  @Transactional
  public ElectionView open(NewElection request, String accountId) {
    Election election = new Election();
    election.id = UUID.randomUUID();
    election.roleTitle = request.roleTitle().strip();
    election.seats = request.seats();
    election.schedule(request.schedule().requireInOrder());
    election.termMonths = request.termMonths();
    election.createdAt = Instant.now();
    election.createdBy = accountId;
    election.persist();
    return ElectionView.of(election, election.createdAt, null);
  }

  /**
   * Moves the election's dates, e.g. to extend nominations or close voting early. Once voting has
   * closed the count may have been seen, so the schedule can no longer change.
   */
  @Transactional
  public ElectionView reschedule(UUID electionId, ElectionSchedule schedule, Long expected) {
    Election election = find(electionId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    ElectionPhase phase = election.phaseAt(now);
    if (phase == ElectionPhase.VOTING_CLOSED || phase == ElectionPhase.DECLARED) {
      throw new ProblemException.Conflict("Voting has closed; the schedule is final", null);
    }
    Versioned.requireCurrent(expected, election.version, "Election " + electionId);
    election.schedule(schedule.requireInOrder());
    entityManager.flush();
    return ElectionView.of(election, now, null);
  }

  /** Every election for staff; for a volunteer, those not yet over, with whether they voted. */
  public Page<ElectionView> list(CurrentUser caller, PageRequest page) {
    Instant now = Instant.now();
    boolean staff = isStaff(caller);
    String filter = staff ? null : "e.declaredAt is null and e.votingCloseAt > :now";
    Map<String, Object> params = staff ? Map.of() : Map.of("now", now);
    return Page.of(
        page.fetch(entityManager, Election.class, filter, params),
        page,
        election -> new Cursor(election.createdAt, election.id),
        election -> ElectionView.of(election, now, votedFlag(election.id, caller)));
  }

  public ElectionView get(UUID electionId, CurrentUser caller) {
    Election election = find(electionId, LockModeType.NONE);
    return ElectionView.of(election, Instant.now(), votedFlag(election.id, caller));
  }

  /**
   * Nominates a service user or carer, once per election, while nominations are open. A volunteer
   * nominates as an eligible voter themselves; a coordinator may enter a nomination made on paper.
   */
  @Transactional
  public NominationView nominate(UUID electionId, NewNomination request, CurrentUser caller) {
    Election election = find(electionId, LockModeType.PESSIMISTIC_READ);
    if (!isStaff(caller)) {
      requireEligibleCaller(caller);
    }
    requireNominationsOpen(election);
    people.requireActive(request.personId(), "personId");
    if (!eligible(request.personId())) {
      throw new ProblemException.RuleBroken(
          "Only service users and carers in the register can stand", "personId");
    }
    Nomination nomination = new Nomination();
    nomination.id = UUID.randomUUID();
    nomination.electionId = election.id;
    nomination.nomineePersonId = request.personId();
    nomination.nominatedBy = caller.accountId();
    nomination.createdAt = Instant.now();
    nomination.persist();
    UniqueConstraint.flushOrRefuse(
        entityManager,
        NOMINATED_ONCE,
        () ->
            new ProblemException.Conflict(
                "This person has been nominated for this election already", "personId"));
    return NominationView.of(nomination);
  }

  /** The nominee agrees to stand; only they can, and only while nominations are open. */
  @Transactional
  public NominationView accept(UUID electionId, UUID nominationId, CurrentUser caller) {
    Election election = find(electionId, LockModeType.PESSIMISTIC_READ);
    Nomination nomination = Nomination.findById(nominationId, LockModeType.PESSIMISTIC_WRITE);
    if (nomination == null
        || !nomination.electionId.equals(election.id)
        || !maySee(nomination, caller)) {
      throw new ProblemException.NotFound("Nomination " + nominationId);
    }
    if (caller.personId().filter(nomination.nomineePersonId::equals).isEmpty()) {
      throw new ForbiddenException("Only the nominee accepts a nomination");
    }
    requireNominationsOpen(election);
    if (nomination.acceptedAt != null) {
      throw new ProblemException.Conflict("The nomination was accepted already", null);
    }
    nomination.acceptedAt = Instant.now();
    entityManager.flush();
    return NominationView.of(nomination);
  }

  /** All nominations for staff; a volunteer sees those of or by themselves. */
  public Page<NominationView> nominations(UUID electionId, CurrentUser caller, PageRequest page) {
    Election election = find(electionId, LockModeType.NONE);
    Map<String, Object> params = new HashMap<>();
    params.put("election", election.id);
    String filter = "e.electionId = :election";
    if (!isStaff(caller)) {
      params.put("account", caller.accountId());
      params.put("person", caller.personId().orElse(null));
      filter += " and (e.nominatedBy = :account or e.nomineePersonId = :person)";
    }
    return Page.of(
        page.fetch(entityManager, Nomination.class, filter, params),
        page,
        nomination -> new Cursor(nomination.createdAt, nomination.id),
        NominationView::of);
  }

  /** The ballot paper: every accepted nominee by the name they use, in alphabetical order. */
  public List<CandidateView> candidates(UUID electionId) {
    Election election = find(electionId, LockModeType.NONE);
    return Nomination.<Nomination>list("electionId = ?1 and acceptedAt is not null", election.id)
        .stream()
        .map(n -> new CandidateView(n.nomineePersonId, displayName(n.nomineePersonId)))
        .sorted(Comparator.comparing(CandidateView::displayName))
        .toList();
  }

  Election find(UUID electionId, LockModeType lock) {
    Election election = Election.findById(electionId, lock);
    if (election == null) {
      throw new ProblemException.NotFound("Election " + electionId);
    }
    return election;
  }

  /** Service users and carers in the register vote and stand, until they are erased. */
  static boolean eligible(UUID personId) {
    Person person = Person.findById(personId);
    return person != null
        && !person.erased()
        && (person.personType == PersonType.SERVICE_USER || person.personType == PersonType.CARER);
  }

  /** The caller's own person id, if they are a service user or carer (403 otherwise). */
  static UUID requireEligibleCaller(CurrentUser caller) {
    return caller
        .personId()
        .filter(ElectionService::eligible)
        .orElseThrow(
            () ->
                new ForbiddenException("Only service users and carers in the register take part"));
  }

  static String displayName(UUID personId) {
    Person person = Person.findById(personId);
    return person == null ? null : person.displayName;
  }

  private Boolean votedFlag(UUID electionId, CurrentUser caller) {
    return caller
        .personId()
        .map(person -> BallotService.hasVoted(entityManager, electionId, person))
        .orElse(null);
  }

  private static boolean isStaff(CurrentUser caller) {
    return caller.hasRole(COORDINATOR) || caller.hasRole(ADMIN);
  }

  private static boolean maySee(Nomination nomination, CurrentUser caller) {
    return isStaff(caller)
        || nomination.nominatedBy.equals(caller.accountId())
        || caller.personId().filter(nomination.nomineePersonId::equals).isPresent();
  }

  private static void requireNominationsOpen(Election election) {
    if (election.phaseAt(Instant.now()) != ElectionPhase.NOMINATIONS_OPEN) {
      throw new ProblemException.Conflict(
          "Nominations are open from "
              + election.nominationsOpenAt
              + " until "
              + election.nominationsCloseAt,
          null);
    }
  }
}
