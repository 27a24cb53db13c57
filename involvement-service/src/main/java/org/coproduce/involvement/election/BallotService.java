package org.coproduce.involvement.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduce.events.AmbassadorElected;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;

/**
 * The secret ballot, the count and the declaration. That a person voted and what they voted for are
 * written to two tables with nothing in common but the election: the vote row has a random id, the
 * candidate, and no voter and no time. Nothing is counted or shown until voting has closed.
 */
@ApplicationScoped
public class BallotService {
  private final EntityManager entityManager;
  private final ElectionService elections;
  private final Outbox outbox;

  public BallotService(EntityManager entityManager, ElectionService elections, Outbox outbox) {
    this.entityManager = entityManager;
    this.elections = elections;
    this.outbox = outbox;
  }

  /**
   * Casts the caller's one vote. The election row is share-locked so a reschedule that closes
   * voting waits for votes being cast; a second vote is refused by the voter table's key.
   */
  @Transactional
  public void vote(UUID electionId, NewVote vote, CurrentUser caller) {
    Election election = elections.find(electionId, LockModeType.PESSIMISTIC_READ);
    UUID person = ElectionService.requireEligibleCaller(caller);
    if (election.phaseAt(Instant.now()) != ElectionPhase.VOTING_OPEN) {
      throw new ProblemException.Conflict(
          "Voting is open from " + election.votingOpenAt + " until " + election.votingCloseAt,
          null);
    }
    if (!isCandidate(election.id, vote.candidatePersonId())) {
      throw new ProblemException.RuleBroken(
          "Not a candidate in this election", "candidatePersonId");
    }
    int recorded =
        entityManager
            .createNativeQuery(
                "insert into election_voter (election_id, person_id) values (:election, :person)"
                    + " on conflict do nothing")
            .setParameter("election", election.id)
            .setParameter("person", person)
            .executeUpdate();
    if (recorded == 0) {
      throw new ProblemException.Conflict("You have voted in this election already", null);
    }
    entityManager
        .createNativeQuery(
            "insert into election_ballot (id, election_id, candidate_person_id) values (:id,"
                + " :election, :candidate)")
        .setParameter("id", UUID.randomUUID())
        .setParameter("election", election.id)
        .setParameter("candidate", vote.candidatePersonId())
        .executeUpdate();
  }

  /** The count, once voting has closed; before that it is refused with 409 and nothing is shown. */
  public ResultsView results(UUID electionId) {
    Election election = elections.find(electionId, LockModeType.NONE);
    requireVotingClosed(election);
    return count(election);
  }

  /**
   * Declares the result: records each winner's term and board seat and publishes {@code
   * AmbassadorElected} for each, all in one transaction. A tie for the last seats must be settled
   * (by lot, outside the system) and named in {@code tieWinners}.
   */
  @Transactional
  public ResultsView declare(UUID electionId, NewDeclaration declaration) {
    Election election = elections.find(electionId, LockModeType.PESSIMISTIC_WRITE);
    requireVotingClosed(election);
    if (election.declaredAt != null) {
      throw new ProblemException.Conflict(
          "The result was declared at " + election.declaredAt, null);
    }
    ResultsView counted = count(election);
    List<UUID> winners = new ArrayList<>(counted.winners());
    winners.addAll(settledTie(counted.tie(), declaration.tieWinners()));
    election.declaredAt = Instant.now();
    LocalDate termEnd = declaration.termStart().plusMonths(election.termMonths);
    for (UUID winner : winners) {
      recordTerm(election, winner, declaration, termEnd);
      outbox.publish(new AmbassadorElected(election.id, winner, declaration.termStart(), termEnd));
    }
    entityManager.flush();
    return count(election);
  }

  /** Ambassadors whose term has not ended, newest first, with their board seats. */
  public Page<AmbassadorView> ambassadors(PageRequest page) {
    return Page.of(
        page.fetch(
            entityManager,
            AmbassadorTerm.class,
            "e.termEnd > :today",
            Map.of("today", LocalDate.now())),
        page,
        term -> new Cursor(term.createdAt, term.id),
        this::ambassadorOf);
  }

  static boolean hasVoted(EntityManager entityManager, UUID electionId, UUID personId) {
    Number voted =
        (Number)
            entityManager
                .createNativeQuery(
                    "select count(*) from election_voter where election_id = :election and"
                        + " person_id = :person")
                .setParameter("election", electionId)
                .setParameter("person", personId)
                .getSingleResult();
    return voted.longValue() > 0;
  }

  private ResultsView count(Election election) {
    Map<UUID, Long> votes = tally(election.id);
    List<ResultsView.Count> counts =
        elections.candidates(election.id).stream()
            .map(
                c ->
                    new ResultsView.Count(
                        c.personId(), c.displayName(), votes.getOrDefault(c.personId(), 0L)))
            .sorted(Comparator.comparingLong(ResultsView.Count::votes).reversed())
            .toList();
    Standing standing = Standing.of(counts, election.seats);
    List<ResultsView.Term> terms =
        AmbassadorTerm.<AmbassadorTerm>list("electionId = ?1 order by personId", election.id)
            .stream()
            .map(ResultsView.Term::of)
            .toList();
    long total = votes.values().stream().mapToLong(Long::longValue).sum();
    return new ResultsView(
        election.id,
        election.seats,
        total,
        election.declaredAt != null,
        counts,
        standing.winners(),
        standing.tie(),
        terms);
  }

  private Map<UUID, Long> tally(UUID electionId) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select candidate_person_id, count(*) from election_ballot where election_id ="
                    + " :election group by candidate_person_id",
                Object[].class)
            .setParameter("election", electionId)
            .getResultList();
    return rows.stream()
        .collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).longValue()));
  }

  private boolean isCandidate(UUID electionId, UUID personId) {
    return Nomination.count(
            "electionId = ?1 and nomineePersonId = ?2 and acceptedAt is not null",
            electionId,
            personId)
        > 0;
  }

  private static List<UUID> settledTie(ResultsView.Tie tie, List<UUID> tieWinners) {
    List<UUID> chosen = tieWinners == null ? List.of() : tieWinners;
    if (tie == null) {
      if (!chosen.isEmpty()) {
        throw new ProblemException.RuleBroken("There is no tie to settle", "tieWinners");
      }
      return chosen;
    }
    boolean settles =
        chosen.size() == tie.seatsLeft()
            && new HashSet<>(chosen).size() == chosen.size()
            && tie.tiedPersonIds().containsAll(chosen);
    if (!settles) {
      throw new ProblemException.RuleBroken(
          "Name "
              + tie.seatsLeft()
              + " of the tied candidates "
              + tie.tiedPersonIds()
              + " to fill the seats left",
          "tieWinners");
    }
    return chosen;
  }

  private static void recordTerm(
      Election election, UUID winner, NewDeclaration declaration, LocalDate termEnd) {
    AmbassadorTerm term = new AmbassadorTerm();
    term.id = UUID.randomUUID();
    term.electionId = election.id;
    term.personId = winner;
    term.termStart = declaration.termStart();
    term.termEnd = termEnd;
    term.boardName = declaration.boardName().strip();
    term.seatFrom = declaration.termStart();
    term.createdAt = election.declaredAt;
    term.persist();
  }

  private AmbassadorView ambassadorOf(AmbassadorTerm term) {
    Election election = Election.findById(term.electionId);
    return new AmbassadorView(
        term.personId,
        ElectionService.displayName(term.personId),
        term.electionId,
        election.roleTitle,
        term.termStart,
        term.termEnd,
        term.boardName,
        term.seatFrom);
  }

  private static void requireVotingClosed(Election election) {
    ElectionPhase phase = election.phaseAt(Instant.now());
    if (phase != ElectionPhase.VOTING_CLOSED && phase != ElectionPhase.DECLARED) {
      throw new ProblemException.Conflict(
          "Votes stay secret until voting closes at " + election.votingCloseAt, null);
    }
  }
}
