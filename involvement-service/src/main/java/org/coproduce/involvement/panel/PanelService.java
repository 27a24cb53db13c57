package org.coproduce.involvement.panel;

import static org.coproduce.platform.security.Roles.COORDINATOR;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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

/**
 * Recruitment panels. A panel, and above all its scores, is seen only by its members and the
 * coordinator who runs it: anyone else is told it does not exist. No event is published: panel
 * scores are confidential and nothing outside this service needs them.
 */
@ApplicationScoped
public class PanelService {
  static final String PERSON_ONCE = "panel_member_person_once";
  static final String ACCOUNT_ONCE = "panel_member_account_once";
  static final String CANDIDATE_ONCE = "panel_candidate_reference_once";
  static final String SCORE_ONCE = "panel_score_once";
  private static final String IN_ORDER_ADDED = "panelId = ?1 order by createdAt, id";

  private final EntityManager entityManager;
  private final PersonService people;

  public PanelService(EntityManager entityManager, PersonService people) {
    this.entityManager = entityManager;
    this.people = people;
  }

  @Transactional
  public PanelView create(NewPanel request, String accountId) {
    Panel panel = new Panel();
    panel.id = UUID.randomUUID();
    panel.postTitle = request.postTitle().strip();
    panel.interviewDate = request.interviewDate();
    panel.createdAt = Instant.now();
    panel.createdBy = accountId;
    panel.persist();
    return PanelView.of(panel, List.of(), List.of(), List.of());
  }

  public PanelView get(UUID panelId, CurrentUser caller) {
    return viewOf(visible(panelId, caller, LockModeType.NONE));
  }

  /**
   * The panels the caller runs or sits on, newest first: a member's contribution to recruitment.
   */
  public Page<PanelView> mine(CurrentUser caller, PageRequest page) {
    Map<String, Object> params = new HashMap<>();
    params.put("account", caller.accountId());
    String filter =
        "e.createdBy = :account or e.id in (select m.panelId from PanelMember m where m.accountId"
            + " = :account";
    if (caller.personId().isPresent()) {
      filter += " or m.personId = :person";
      params.put("person", caller.personId().get());
    }
    return Page.of(
        page.fetch(entityManager, Panel.class, filter + ")", params),
        page,
        panel -> new Cursor(panel.createdAt, panel.id),
        this::viewOf);
  }

  /**
   * Adds a service user or carer from the register, or a member of staff, to the panel; never a
   * person who has been erased.
   */
  @Transactional
  public PanelView.Member addMember(UUID panelId, NewPanelMember request, CurrentUser caller) {
    Panel panel = runBy(panelId, caller);
    if ((request.personId() == null) == (request.accountId() == null)) {
      throw new ProblemException.InvalidField("personId", "give a personId or an accountId");
    }
    if (request.personId() != null) {
      people.requireActive(request.personId(), "personId");
      requireServiceUserOrCarer(request.personId());
    }
    PanelMember member = new PanelMember();
    member.id = UUID.randomUUID();
    member.panelId = panel.id;
    member.personId = request.personId();
    member.accountId = request.accountId() == null ? null : request.accountId().strip();
    member.createdAt = Instant.now();
    member.persist();
    String field = member.personId != null ? "personId" : "accountId";
    UniqueConstraint.flushOrRefuse(
        entityManager,
        member.personId != null ? PERSON_ONCE : ACCOUNT_ONCE,
        () -> new ProblemException.Conflict("They are on this panel already", field));
    return PanelView.Member.of(member);
  }

  /** A criterion proposed by a member (volunteer or staff) or the coordinator running the panel. */
  @Transactional
  public PanelView.Criterion propose(UUID panelId, NewCriterion request, CurrentUser caller) {
    Panel panel = visible(panelId, caller, LockModeType.PESSIMISTIC_READ);
    requireOpen(panel);
    PanelCriterion criterion = new PanelCriterion();
    criterion.id = UUID.randomUUID();
    criterion.panelId = panel.id;
    criterion.text = request.text().strip();
    criterion.weight = request.weight();
    criterion.proposedBy = caller.accountId();
    criterion.createdAt = Instant.now();
    criterion.persist();
    return PanelView.Criterion.of(criterion);
  }

  @Transactional
  public PanelView.Candidate addCandidate(UUID panelId, NewCandidate request, CurrentUser caller) {
    Panel panel = runBy(panelId, caller);
    PanelCandidate candidate = new PanelCandidate();
    candidate.id = UUID.randomUUID();
    candidate.panelId = panel.id;
    candidate.reference = request.reference().strip();
    candidate.createdAt = Instant.now();
    candidate.persist();
    UniqueConstraint.flushOrRefuse(
        entityManager,
        CANDIDATE_ONCE,
        () ->
            new ProblemException.Conflict(
                "The panel has a candidate " + candidate.reference + " already", "reference"));
    return PanelView.Candidate.of(candidate);
  }

  /**
   * Records the calling member's score. The panel row is share-locked so a close that commits first
   * is seen here, and a close waits for scores being written.
   */
  @Transactional
  public ScoreView score(UUID panelId, NewScore request, CurrentUser caller) {
    Panel panel = visible(panelId, caller, LockModeType.PESSIMISTIC_READ);
    PanelMember member = requireMember(panel, caller);
    requireOpen(panel);
    requireOnPanel(PanelCandidate.class, request.candidateId(), panel, "candidateId");
    requireOnPanel(PanelCriterion.class, request.criterionId(), panel, "criterionId");
    PanelScore score = new PanelScore();
    score.id = UUID.randomUUID();
    score.panelId = panel.id;
    score.memberId = member.id;
    score.candidateId = request.candidateId();
    score.criterionId = request.criterionId();
    score.score = request.score();
    score.note = blankToNull(request.note());
    score.createdAt = Instant.now();
    score.changedAt = score.createdAt;
    score.persist();
    UniqueConstraint.flushOrRefuse(
        entityManager,
        SCORE_ONCE,
        () ->
            new ProblemException.Conflict(
                "You have scored this candidate on this criterion; change that score instead",
                "criterionId"));
    return ScoreView.of(score);
  }

  /**
   * Changes one of the caller's own scores while the panel is open. With an expected version
   * (If-Match), a score changed meanwhile is refused with 412.
   */
  @Transactional
  public ScoreView change(
      UUID panelId, UUID scoreId, ScoreChange change, Long expected, CurrentUser caller) {
    Panel panel = visible(panelId, caller, LockModeType.PESSIMISTIC_READ);
    PanelScore score = PanelScore.findById(scoreId, LockModeType.PESSIMISTIC_WRITE);
    if (score == null || !score.panelId.equals(panel.id)) {
      throw new ProblemException.NotFound("Score " + scoreId);
    }
    if (!score.memberId.equals(requireMember(panel, caller).id)) {
      throw new ForbiddenException("Only the member who gave a score may change it");
    }
    requireOpen(panel);
    Versioned.requireCurrent(expected, score.version, "Score " + scoreId);
    score.score = change.score();
    score.note = blankToNull(change.note());
    score.changedAt = Instant.now();
    entityManager.flush();
    return ScoreView.of(score);
  }

  public Page<ScoreView> scores(UUID panelId, CurrentUser caller, PageRequest page) {
    Panel panel = visible(panelId, caller, LockModeType.NONE);
    return Page.of(
        page.fetch(
            entityManager, PanelScore.class, "e.panelId = :panel", Map.of("panel", panel.id)),
        page,
        score -> new Cursor(score.createdAt, score.id),
        ScoreView::of);
  }

  public PanelSummaryView summary(UUID panelId, CurrentUser caller) {
    Panel panel = visible(panelId, caller, LockModeType.NONE);
    Map<UUID, Integer> weights =
        PanelCriterion.<PanelCriterion>list("panelId", panel.id).stream()
            .collect(Collectors.toMap(c -> c.id, c -> c.weight));
    int expected = weights.size() * (int) PanelMember.count("panelId", panel.id);
    Map<UUID, List<PanelScore>> scores =
        PanelScore.<PanelScore>list("panelId", panel.id).stream()
            .collect(Collectors.groupingBy(s -> s.candidateId));
    List<PanelSummaryView.CandidateSummary> candidates =
        PanelCandidate.<PanelCandidate>list("panelId = ?1 order by reference", panel.id).stream()
            .map(c -> summarise(c, scores.getOrDefault(c.id, List.of()), weights, expected))
            .sorted(
                Comparator.comparing(
                    PanelSummaryView.CandidateSummary::weightedScore,
                    Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
    return new PanelSummaryView(panel.id, panel.closed(), candidates);
  }

  /** Closes the panel: from now on its scores are frozen. */
  @Transactional
  public PanelView close(UUID panelId, CurrentUser caller) {
    Panel panel = runBy(panelId, caller);
    panel.closedAt = Instant.now();
    entityManager.flush();
    return viewOf(panel);
  }

  private static PanelSummaryView.CandidateSummary summarise(
      PanelCandidate candidate, List<PanelScore> scores, Map<UUID, Integer> weights, int expected) {
    long weighted =
        scores.stream().mapToLong(s -> (long) s.score * weights.get(s.criterionId)).sum();
    long totalWeight = scores.stream().mapToLong(s -> weights.get(s.criterionId)).sum();
    BigDecimal mean =
        totalWeight == 0
            ? null
            : BigDecimal.valueOf(weighted)
                .divide(BigDecimal.valueOf(totalWeight), 2, RoundingMode.HALF_UP);
    return new PanelSummaryView.CandidateSummary(
        candidate.id, candidate.reference, mean, scores.size(), expected);
  }

  /**
   * The panel, if the caller runs it or sits on it; to anyone else it does not exist (404), so
   * neither its scores nor the fact that a post is being recruited to leak.
   */
  private Panel visible(UUID panelId, CurrentUser caller, LockModeType lock) {
    Panel panel = Panel.findById(panelId, lock);
    if (panel == null || !(runs(panel, caller) || memberOf(panel, caller).isPresent())) {
      throw new ProblemException.NotFound("Panel " + panelId);
    }
    return panel;
  }

  /** The panel, open, for a change only the coordinator running it may make (403 for members). */
  private Panel runBy(UUID panelId, CurrentUser caller) {
    Panel panel = visible(panelId, caller, LockModeType.PESSIMISTIC_WRITE);
    if (!runs(panel, caller)) {
      throw new ForbiddenException("Only the coordinator running the panel may change it");
    }
    requireOpen(panel);
    return panel;
  }

  private static boolean runs(Panel panel, CurrentUser caller) {
    return caller.hasRole(COORDINATOR) && panel.createdBy.equals(caller.accountId());
  }

  private static Optional<PanelMember> memberOf(Panel panel, CurrentUser caller) {
    Optional<UUID> person = caller.personId();
    return PanelMember.<PanelMember>find(
            "panelId = ?1 and (accountId = ?2 or personId = ?3)",
            panel.id,
            caller.accountId(),
            person.orElse(null))
        .firstResultOptional();
  }

  private static PanelMember requireMember(Panel panel, CurrentUser caller) {
    return memberOf(panel, caller)
        .orElseThrow(() -> new ForbiddenException("Only the panel's members score candidates"));
  }

  private static void requireOpen(Panel panel) {
    if (panel.closed()) {
      throw new ProblemException.Conflict(
          "The panel closed at " + panel.closedAt + "; its scores are frozen", null);
    }
  }

  private <T> void requireOnPanel(Class<T> type, UUID id, Panel panel, String field) {
    Long found =
        entityManager
            .createQuery(
                "select count(x) from "
                    + type.getSimpleName()
                    + " x where x.id = :id and"
                    + " x.panelId = :panel",
                Long.class)
            .setParameter("id", id)
            .setParameter("panel", panel.id)
            .getSingleResult();
    if (found == 0) {
      throw new ProblemException.RuleBroken("Not on this panel: " + id, field);
    }
  }

  private static void requireServiceUserOrCarer(UUID personId) {
    Person person = Person.findById(personId);
    if (person == null
        || !(person.personType == PersonType.SERVICE_USER
            || person.personType == PersonType.CARER)) {
      throw new ProblemException.RuleBroken(
          "Panel members from the register are service users or carers", "personId");
    }
  }

  private PanelView viewOf(Panel panel) {
    return PanelView.of(
        panel,
        PanelMember.list(IN_ORDER_ADDED, panel.id),
        PanelCriterion.list(IN_ORDER_ADDED, panel.id),
        PanelCandidate.list(IN_ORDER_ADDED, panel.id));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
