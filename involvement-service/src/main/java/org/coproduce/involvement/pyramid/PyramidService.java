package org.coproduce.involvement.pyramid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduce.events.PyramidLevelChanged;
import org.coproduce.involvement.audit.AuditedRecord;
import org.coproduce.involvement.person.PersonService;
import org.coproduce.platform.audit.AccessAudit;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.problem.UniqueConstraint;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;

/** The Involvement Pyramid: its levels (reference data) and each person's level with history. */
@ApplicationScoped
public class PyramidService {
  static final String RANK_UNIQUE = "pyramid_level_rank_unique";
  static final String ONE_LEVEL_PER_PERSON = "person_pyramid_level_pkey";

  private final EntityManager entityManager;
  private final Outbox outbox;
  private final PersonService people;
  private final AccessAudit audit;

  public PyramidService(
      EntityManager entityManager, Outbox outbox, PersonService people, AccessAudit audit) {
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.people = people;
    this.audit = audit;
  }

  public List<PyramidLevelView> levels() {
    return entityManager
        .createQuery("select l from PyramidLevel l order by l.rank", PyramidLevel.class)
        .getResultStream()
        .map(PyramidLevelView::of)
        .toList();
  }

  @Transactional
  public PyramidLevelView addLevel(NewPyramidLevel request) {
    if (PyramidLevel.findById(request.code()) != null) {
      throw new ProblemException.Conflict("Level " + request.code() + " already exists", "code");
    }
    PyramidLevel level = new PyramidLevel();
    level.code = request.code();
    level.label = request.label().strip();
    level.rank = request.rank();
    level.createdAt = Instant.now();
    level.persist();
    flushOrRefuseRank(request.rank());
    return PyramidLevelView.of(level);
  }

  /**
   * Changes a level's label and rank. With an expected version (If-Match), a level someone else
   * changed first is refused with 412.
   */
  @Transactional
  public PyramidLevelView changeLevel(String code, PyramidLevelChange change, Long expected) {
    PyramidLevel level = PyramidLevel.findById(code, LockModeType.PESSIMISTIC_WRITE);
    if (level == null) {
      throw new ProblemException.NotFound("Level " + code);
    }
    Versioned.requireCurrent(expected, level.version, "Level " + code);
    level.label = change.label().strip();
    level.rank = change.rank();
    flushOrRefuseRank(change.rank());
    return PyramidLevelView.of(level);
  }

  /**
   * Puts a person at a level, appends the change to their history and publishes {@code
   * PyramidLevelChanged} (for strategy-service's pyramid indicator), all in one transaction.
   * Setting the level they are at already changes nothing. The current row is locked so concurrent
   * changes queue and each history row's "from" is the level it really replaced.
   */
  @Transactional
  public PersonLevelView setLevel(UUID personId, String code, CurrentUser caller) {
    people.requireReadable(personId, caller);
    people.requireActive(personId, "personId");
    requireLevel(code);
    PersonLevel current = PersonLevel.findById(personId, LockModeType.PESSIMISTIC_WRITE);
    if (current != null && current.level.equals(code)) {
      return PersonLevelView.of(current);
    }
    String previous = current == null ? null : current.level;
    if (current == null) {
      current = new PersonLevel();
      current.personId = personId;
    }
    current.level = code;
    current.changedAt = Instant.now();
    current.changedBy = caller.accountId();
    current.persist();
    appendHistory(personId, previous, current);
    outbox.publish(
        new PyramidLevelChanged(
            personId, code, previous == null ? PyramidLevelChanged.NO_LEVEL : previous));
    UniqueConstraint.flushOrRefuse(
        entityManager,
        ONE_LEVEL_PER_PERSON,
        () ->
            new ProblemException.Conflict(
                "This person's level was set by someone else at the same time; try again",
                "level"));
    return PersonLevelView.of(current);
  }

  /** The level a person is at now; 404 when they have none yet. A read by staff is audited. */
  @Transactional
  public PersonLevelView currentLevel(UUID personId, CurrentUser caller) {
    people.requireReadable(personId, caller);
    PersonLevel current = PersonLevel.findById(personId);
    if (current == null) {
      throw new ProblemException.NotFound("A pyramid level for person " + personId);
    }
    audit.recordRead(caller, personId, AuditedRecord.PYRAMID_HISTORY);
    return PersonLevelView.of(current);
  }

  /** A person's level changes, newest first; a read by staff is audited. */
  @Transactional
  public Page<LevelHistoryView> history(UUID personId, CurrentUser caller, PageRequest page) {
    people.requireReadable(personId, caller);
    audit.recordRead(caller, personId, AuditedRecord.PYRAMID_HISTORY);
    return Page.of(
        page.fetch(
            entityManager,
            LevelHistoryEntry.class,
            "e.personId = :personId",
            Map.of("personId", personId)),
        page,
        entry -> new Cursor(entry.createdAt, entry.id),
        LevelHistoryView::of);
  }

  private void requireLevel(String code) {
    if (PyramidLevel.findById(code) == null) {
      String known =
          levels().stream().map(PyramidLevelView::code).collect(Collectors.joining(", "));
      throw new ProblemException.InvalidField("level", "must be one of " + known);
    }
  }

  private static void appendHistory(UUID personId, String previous, PersonLevel current) {
    LevelHistoryEntry entry = new LevelHistoryEntry();
    entry.id = UUID.randomUUID();
    entry.personId = personId;
    entry.fromLevel = previous;
    entry.toLevel = current.level;
    entry.createdAt = current.changedAt;
    entry.changedBy = current.changedBy;
    entry.persist();
  }

  private void flushOrRefuseRank(int rank) {
    UniqueConstraint.flushOrRefuse(
        entityManager,
        RANK_UNIQUE,
        () -> new ProblemException.Conflict("Another level has rank " + rank, "rank"));
  }
}
