package org.coproduce.involvement.contribution;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.QI_LEAD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.ContributionRecorded;
import org.coproduce.events.ContributionToldBack;
import org.coproduce.involvement.TrustCalendar;
import org.coproduce.involvement.audit.AuditedRecord;
import org.coproduce.involvement.meeting.MeetingService;
import org.coproduce.involvement.person.PersonService;
import org.coproduce.platform.audit.AccessAudit;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;

/**
 * "You said, we did": contributions, what was done with them, and telling the person back. The
 * events carry the contribution's id and kind only; what was said and done stays here.
 */
@ApplicationScoped
public class ContributionService {
  private final EntityManager entityManager;
  private final Outbox outbox;
  private final PersonService people;
  private final MeetingService meetings;
  private final AccessAudit audit;
  private final TellBackConfig tellBack;

  public ContributionService(
      EntityManager entityManager,
      Outbox outbox,
      PersonService people,
      MeetingService meetings,
      AccessAudit audit,
      TellBackConfig tellBack) {
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.people = people;
    this.meetings = meetings;
    this.audit = audit;
    this.tellBack = tellBack;
  }

  /**
   * Records a contribution and its {@code ContributionRecorded} event in one transaction. Staff
   * record anyone's; a volunteer only their own. The person is due to be told back a configured
   * number of days after the day they said it.
   */
  @Transactional
  public ContributionView record(NewContribution request, CurrentUser caller) {
    requireMayRecordFor(request.personId(), caller);
    if (request.meetingId() != null
        && !meetings.attended(request.meetingId(), request.personId())) {
      throw new ProblemException.RuleBroken(
          "The person did not attend meeting " + request.meetingId(), "meetingId");
    }
    Contribution contribution = newContribution(request, caller.accountId());
    contribution.persist();
    outbox.publish(
        new ContributionRecorded(contribution.id, contribution.personId, contribution.kind.name()));
    return ContributionView.of(contribution);
  }

  /** One contribution, if the caller may see the person who made it; staff reads are audited. */
  @Transactional
  public ContributionView get(UUID id, CurrentUser caller) {
    Contribution contribution = Contribution.findById(id);
    if (contribution == null || !people.mayRead(contribution.personId, caller)) {
      throw new ProblemException.NotFound("Contribution " + id);
    }
    audit.recordRead(caller, contribution.personId, AuditedRecord.CONTRIBUTIONS);
    return ContributionView.of(contribution);
  }

  /** A person's contributions, newest first, with what was done and whether they were told. */
  @Transactional
  public Page<ContributionView> listFor(UUID personId, CurrentUser caller, PageRequest page) {
    people.requireReadable(personId, caller);
    audit.recordRead(caller, personId, AuditedRecord.CONTRIBUTIONS);
    return Page.of(
        page.fetch(
            entityManager,
            Contribution.class,
            "e.personId = :personId",
            Map.of("personId", personId)),
        page,
        contribution -> new Cursor(contribution.createdAt, contribution.id),
        ContributionView::of);
  }

  /** Records (or corrects) what was done; once the person has been told, it stands. */
  @Transactional
  public ContributionView recordWeDid(
      UUID id, WeDid request, Long expectedVersion, String accountId) {
    Contribution contribution = lockedForChange(id, expectedVersion);
    contribution.weDid = request.text().strip();
    contribution.weDidOn = request.doneOn();
    contribution.weDidBy = request.doneBy().strip();
    contribution.weDidRecordedBy = accountId;
    entityManager.flush();
    return ContributionView.of(contribution);
  }

  /**
   * Records that the person was told what was done, once, and publishes {@code
   * ContributionToldBack} in the same transaction. What was done must be recorded first: that is
   * what they were told.
   */
  @Transactional
  public ContributionView recordTellBack(
      UUID id, TellBack request, Long expectedVersion, String accountId) {
    Contribution contribution = lockedForChange(id, expectedVersion);
    if (contribution.weDid == null) {
      throw new ProblemException.RuleBroken(
          "Record what was done before recording that the person was told", "weDid");
    }
    contribution.toldBackAt = request.toldBackAt() == null ? Instant.now() : request.toldBackAt();
    contribution.toldBackChannel = request.channel();
    contribution.toldBackBy = accountId;
    outbox.publish(new ContributionToldBack(contribution.id, contribution.toldBackAt));
    entityManager.flush();
    return ContributionView.of(contribution);
  }

  /**
   * Contributions not told back whose due day has passed, the longest overdue first. An erased
   * person cannot be told back, so theirs are not on the list.
   */
  public Page<OverdueTellBackView> overdue(PageRequest page) {
    String after =
        page.after() == null
            ? ""
            : " and (c.tellBackDueOn > :afterDue"
                + " or (c.tellBackDueOn = :afterDue and c.id > :afterId))";
    var query =
        entityManager
            .createQuery(
                "select c from Contribution c where c.toldBackAt is null"
                    + " and c.tellBackDueOn < :today"
                    + " and c.personId not in (select p.id from Person p where p.erasedAt is not null)"
                    + after
                    + " order by c.tellBackDueOn, c.id",
                Contribution.class)
            .setParameter("today", TrustCalendar.today())
            .setMaxResults(page.limit() + 1);
    if (page.after() != null) {
      query
          .setParameter("afterDue", LocalDate.ofInstant(page.after().createdAt(), ZoneOffset.UTC))
          .setParameter("afterId", page.after().id());
    }
    List<Contribution> fetched = query.getResultList();
    return Page.of(
        fetched,
        page,
        contribution ->
            new Cursor(
                contribution.tellBackDueOn.atStartOfDay(ZoneOffset.UTC).toInstant(),
                contribution.id),
        OverdueTellBackView::of);
  }

  /**
   * Staff record what anyone in the register said; a volunteer only what they said themselves, and
   * anyone else is as if they did not exist. Nothing is recorded about an erased person.
   */
  private void requireMayRecordFor(UUID personId, CurrentUser caller) {
    boolean staff = caller.hasRole(COORDINATOR) || caller.hasRole(QI_LEAD) || caller.hasRole(ADMIN);
    if (!staff && caller.personId().filter(personId::equals).isEmpty()) {
      throw new ProblemException.NotFound("Person " + personId);
    }
    people.requireActive(personId, "personId");
  }

  private static Contribution lockedForChange(UUID id, Long expectedVersion) {
    Contribution contribution = Contribution.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (contribution == null) {
      throw new ProblemException.NotFound("Contribution " + id);
    }
    Versioned.requireCurrent(expectedVersion, contribution.version, "Contribution " + id);
    if (contribution.toldBackAt != null) {
      throw new ProblemException.Conflict(
          "The person was told back at " + contribution.toldBackAt + "; it stands", null);
    }
    return contribution;
  }

  private Contribution newContribution(NewContribution request, String accountId) {
    Contribution contribution = new Contribution();
    contribution.id = UUID.randomUUID();
    contribution.personId = request.personId();
    contribution.kind = request.kind();
    contribution.said = request.text().strip();
    contribution.projectId = request.projectId();
    contribution.meetingId = request.meetingId();
    contribution.sessionId = request.sessionId();
    contribution.contributedOn =
        request.contributedOn() == null ? TrustCalendar.today() : request.contributedOn();
    contribution.tellBackDueOn = contribution.contributedOn.plusDays(tellBack.dueDays());
    contribution.createdAt = Instant.now();
    contribution.recordedBy = accountId;
    return contribution;
  }
}
