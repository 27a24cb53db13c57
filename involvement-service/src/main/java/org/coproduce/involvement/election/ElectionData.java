package org.coproduce.involvement.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/**
 * The person's part in ambassador elections: their nominations, the elections they voted in and
 * their terms. How they voted is not exported: the ballot holds no voter, so it cannot be linked to
 * them, which is what keeps it secret. Erasure keeps everything, being ids, dates and the board's
 * name; their name on ballot papers and results comes from the register's pseudonym.
 */
@ApplicationScoped
public class ElectionData implements PersonalData {
  private final EntityManager entityManager;

  public ElectionData(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public String section() {
    return "elections";
  }

  @Override
  public ElectionsExport exportFor(UUID personId) {
    List<Nominated> nominations =
        Nomination.<Nomination>list("nomineePersonId = ?1 order by createdAt, id", personId)
            .stream()
            .map(n -> new Nominated(n.electionId, roleOf(n.electionId), n.createdAt, n.acceptedAt))
            .toList();
    @SuppressWarnings("unchecked")
    List<Object[]> voted =
        entityManager
            .createNativeQuery(
                "select e.id, e.role_title from election e join election_voter v on"
                    + " v.election_id = e.id where v.person_id = :personId"
                    + " order by e.created_at, e.id")
            .setParameter("personId", personId)
            .getResultList();
    List<Voted> votedIn =
        voted.stream().map(row -> new Voted((UUID) row[0], (String) row[1])).toList();
    List<Term> terms =
        AmbassadorTerm.<AmbassadorTerm>list("personId = ?1 order by createdAt, id", personId)
            .stream()
            .map(Term::of)
            .toList();
    return new ElectionsExport(nominations, votedIn, terms);
  }

  /** Kept as it is (see above). */
  @Override
  public void erase(UUID personId) {}

  private static String roleOf(UUID electionId) {
    return Election.<Election>findById(electionId).roleTitle;
  }

  public record ElectionsExport(
      List<Nominated> nominations, List<Voted> votedIn, List<Term> terms) {}

  /** Nominated to stand; {@code acceptedAt} is when they agreed to, if they did. */
  public record Nominated(
      UUID electionId, String roleTitle, Instant nominatedAt, Instant acceptedAt) {}

  /** That the person voted in the election, and nothing about how. */
  public record Voted(UUID electionId, String roleTitle) {}

  public record Term(
      UUID electionId,
      String roleTitle,
      LocalDate termStart,
      LocalDate termEnd,
      String boardName,
      LocalDate seatFrom) {
    static Term of(AmbassadorTerm term) {
      return new Term(
          term.electionId,
          roleOf(term.electionId),
          term.termStart,
          term.termEnd,
          term.boardName,
          term.seatFrom);
    }
  }
}
