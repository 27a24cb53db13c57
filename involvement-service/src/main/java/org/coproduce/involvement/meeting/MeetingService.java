package org.coproduce.involvement.meeting;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coproduce.involvement.newsletter.NewsletterService;
import org.coproduce.involvement.person.PersonService;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;

/**
 * Service user meetings: the coordinator arranges them, keeps the minutes and actions, and
 * publishes the minutes to the people who attended and to the newsletter.
 */
@ApplicationScoped
public class MeetingService {
  private final EntityManager entityManager;
  private final PersonService people;
  private final NewsletterService newsletter;

  public MeetingService(
      EntityManager entityManager, PersonService people, NewsletterService newsletter) {
    this.entityManager = entityManager;
    this.people = people;
    this.newsletter = newsletter;
  }

  @Transactional
  public MeetingView arrange(NewMeeting request, String accountId) {
    List<UUID> attendees = request.attendees() == null ? List.of() : request.attendees();
    requireWhenAndWhere(request);
    requireInRegister(attendees, Set.of());
    Meeting meeting = new Meeting();
    meeting.id = UUID.randomUUID();
    meeting.title = request.title().strip();
    meeting.startsAt = request.startsAt();
    meeting.endsAt = request.endsAt();
    meeting.location = blankToNull(request.location());
    meeting.onlineLink = blankToNull(request.onlineLink());
    if (request.agenda() != null) {
      request.agenda().stream().map(MeetingService::agendaItem).forEach(meeting.agenda::add);
    }
    meeting.attendees.addAll(attendees);
    meeting.createdAt = Instant.now();
    meeting.createdBy = accountId;
    meeting.persist();
    return MeetingView.forStaff(meeting, List.of());
  }

  /** A meeting as the caller may see it: staff see all of it, an attendee what is published. */
  @Transactional
  public MeetingView get(UUID id, CurrentUser caller) {
    Meeting meeting = Meeting.findById(id);
    if (meeting == null || !mayRead(meeting, caller)) {
      throw new ProblemException.NotFound("Meeting " + id);
    }
    List<MeetingAction> actions = actionsOf(id);
    return isStaff(caller)
        ? MeetingView.forStaff(meeting, actions)
        : MeetingView.forAttendee(meeting, actions);
  }

  /** Newest first: every meeting for staff, the ones they attended for a volunteer. */
  public Page<MeetingSummaryView> list(CurrentUser caller, PageRequest page) {
    if (isStaff(caller)) {
      return pageOf(page.fetch(entityManager, Meeting.class, null, Map.of()), page);
    }
    Optional<UUID> me = caller.personId();
    if (me.isEmpty()) {
      return new Page<>(List.of(), null);
    }
    return pageOf(
        page.fetch(
            entityManager,
            Meeting.class,
            ":personId member of e.attendees",
            Map.of("personId", me.get())),
        page);
  }

  /**
   * Replaces who attended, as found after the meeting. Allowed after publication too: a correction
   * of attendance changes who may read the minutes, which is what it should do.
   */
  @Transactional
  public MeetingView changeAttendees(UUID id, List<UUID> attendees, Long expectedVersion) {
    Meeting meeting = Meeting.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (meeting == null) {
      throw new ProblemException.NotFound("Meeting " + id);
    }
    Versioned.requireCurrent(expectedVersion, meeting.version, "Meeting " + id);
    requireInRegister(attendees, meeting.attendees);
    meeting.attendees.clear();
    meeting.attendees.addAll(attendees);
    entityManager.flush();
    return MeetingView.forStaff(meeting, actionsOf(id));
  }

  /** Replaces the draft minutes; published minutes are final. */
  @Transactional
  public MeetingView draftMinutes(UUID id, MinutesDraft draft, Long expectedVersion) {
    Meeting meeting = lockedForChange(id, expectedVersion);
    meeting.minutes = draft.text().strip();
    entityManager.flush();
    return MeetingView.forStaff(meeting, actionsOf(id));
  }

  /**
   * Publishes the drafted minutes, once: from now the attendees see them and the actions, and the
   * newsletter has an item made from them, in the same transaction.
   */
  @Transactional
  public MeetingView publishMinutes(UUID id, Long expectedVersion, String accountId) {
    Meeting meeting = lockedForChange(id, expectedVersion);
    if (meeting.minutes == null) {
      throw new ProblemException.RuleBroken("There are no minutes to publish yet", "minutes");
    }
    meeting.minutesPublishedAt = Instant.now();
    meeting.minutesPublishedBy = accountId;
    newsletter.addFromMinutes(meeting.id, meeting.title, meeting.minutes, accountId);
    entityManager.flush();
    return MeetingView.forStaff(meeting, actionsOf(id));
  }

  @Transactional
  public MeetingActionView addAction(UUID meetingId, NewMeetingAction request, String accountId) {
    if (Meeting.findById(meetingId) == null) {
      throw new ProblemException.NotFound("Meeting " + meetingId);
    }
    requireOneOwner(request);
    MeetingAction action = new MeetingAction();
    action.id = UUID.randomUUID();
    action.meetingId = meetingId;
    action.description = request.description().strip();
    action.ownerAccountId = blankToNull(request.ownerAccountId());
    action.ownerPersonId = request.ownerPersonId();
    action.dueOn = request.dueOn();
    action.status = ActionStatus.OPEN;
    action.createdAt = Instant.now();
    action.createdBy = accountId;
    action.persist();
    return MeetingActionView.of(action);
  }

  /** One action, to whoever may see the meeting's actions (an attendee once they are published). */
  @Transactional
  public MeetingActionView getAction(UUID meetingId, UUID actionId, CurrentUser caller) {
    Meeting meeting = Meeting.findById(meetingId);
    MeetingAction action = MeetingAction.findById(actionId);
    boolean visible =
        meeting != null
            && mayRead(meeting, caller)
            && (isStaff(caller) || meeting.minutesStatus() == MinutesStatus.PUBLISHED);
    if (!visible || action == null || !action.meetingId.equals(meetingId)) {
      throw new ProblemException.NotFound("Action " + actionId);
    }
    return MeetingActionView.of(action);
  }

  @Transactional
  public MeetingActionView changeActionStatus(
      UUID meetingId, UUID actionId, ActionStatus status, Long expectedVersion) {
    MeetingAction action = MeetingAction.findById(actionId, LockModeType.PESSIMISTIC_WRITE);
    if (action == null || !action.meetingId.equals(meetingId)) {
      throw new ProblemException.NotFound("Action " + actionId);
    }
    Versioned.requireCurrent(expectedVersion, action.version, "Action " + actionId);
    action.status = status;
    entityManager.flush();
    return MeetingActionView.of(action);
  }

  /** Whether the person is among the meeting's attendees (false when there is no such meeting). */
  public boolean attended(UUID meetingId, UUID personId) {
    return entityManager
            .createQuery(
                "select count(m) from Meeting m where m.id = :id and :personId member of"
                    + " m.attendees",
                Long.class)
            .setParameter("id", meetingId)
            .setParameter("personId", personId)
            .getSingleResult()
        > 0;
  }

  /** Whether the caller arranged or attended the meeting; a volunteer sees only the latter. */
  private static boolean mayRead(Meeting meeting, CurrentUser caller) {
    return isStaff(caller) || caller.personId().filter(meeting.attendees::contains).isPresent();
  }

  private static boolean isStaff(CurrentUser caller) {
    return caller.hasRole(COORDINATOR) || caller.hasRole(ADMIN);
  }

  /** The meeting locked for a change of its minutes, which must still be a draft. */
  private Meeting lockedForChange(UUID id, Long expectedVersion) {
    Meeting meeting = Meeting.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (meeting == null) {
      throw new ProblemException.NotFound("Meeting " + id);
    }
    Versioned.requireCurrent(expectedVersion, meeting.version, "Meeting " + id);
    if (meeting.minutesStatus() == MinutesStatus.PUBLISHED) {
      throw new ProblemException.Conflict(
          "The minutes were published at " + meeting.minutesPublishedAt + " and are final", null);
    }
    return meeting;
  }

  private static Page<MeetingSummaryView> pageOf(List<Meeting> meetings, PageRequest page) {
    return Page.of(
        meetings,
        page,
        meeting -> new Cursor(meeting.createdAt, meeting.id),
        MeetingSummaryView::of);
  }

  private List<MeetingAction> actionsOf(UUID meetingId) {
    return MeetingAction.list("meetingId = ?1 order by createdAt, id", meetingId);
  }

  private static void requireWhenAndWhere(NewMeeting request) {
    if (!request.endsAt().isAfter(request.startsAt())) {
      throw new ProblemException.InvalidField("endsAt", "must be after startsAt");
    }
    if (blankToNull(request.location()) == null && blankToNull(request.onlineLink()) == null) {
      throw new ProblemException.InvalidField(
          "location", "say where the meeting is: a location, an onlineLink or both");
    }
  }

  /**
   * Refuses, naming the first one, attendees who are not in the register, or who have been erased
   * and were not recorded as attending already: nothing new is recorded about an erased person.
   */
  private void requireInRegister(List<UUID> attendees, Set<UUID> alreadyAttending) {
    Set<UUID> active =
        attendees.isEmpty()
            ? Set.of()
            : new HashSet<>(
                entityManager
                    .createQuery(
                        "select p.id from Person p where p.id in :ids and p.erasedAt is null",
                        UUID.class)
                    .setParameter("ids", attendees)
                    .getResultList());
    for (int i = 0; i < attendees.size(); i++) {
      UUID attendee = attendees.get(i);
      if (!active.contains(attendee) && !alreadyAttending.contains(attendee)) {
        people.requireActive(attendee, "attendees[" + i + "]");
      }
    }
  }

  private void requireOneOwner(NewMeetingAction request) {
    boolean staffOwner = blankToNull(request.ownerAccountId()) != null;
    if (staffOwner == (request.ownerPersonId() != null)) {
      throw new ProblemException.InvalidField(
          "ownerAccountId", "give exactly one owner: ownerAccountId or ownerPersonId");
    }
    if (!staffOwner) {
      people.requireActive(request.ownerPersonId(), "ownerPersonId");
    }
  }

  private static AgendaItem agendaItem(NewMeeting.NewAgendaItem request) {
    AgendaItem item = new AgendaItem();
    item.title = request.title().strip();
    item.notes = blankToNull(request.notes());
    return item;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
