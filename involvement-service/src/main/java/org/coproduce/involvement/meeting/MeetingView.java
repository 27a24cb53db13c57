package org.coproduce.involvement.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A meeting as the caller may see it")
public record MeetingView(
    UUID id,
    String title,
    Instant startsAt,
    Instant endsAt,
    String location,
    String onlineLink,
    List<AgendaItemView> agenda,
    @Schema(description = "Person ids of the people who attended; only staff see them")
        List<UUID> attendees,
    MinutesStatus minutesStatus,
    @Schema(description = "The minutes; an attendee sees them only once they are published")
        String minutes,
    Instant minutesPublishedAt,
    @Schema(
            description =
                "The actions agreed; an attendee sees them once the minutes are published")
        List<MeetingActionView> actions,
    Instant createdAt,
    long version) {

  public record AgendaItemView(String title, String notes) {}

  /** The meeting as staff see it, draft minutes and attendees included. */
  static MeetingView forStaff(Meeting meeting, List<MeetingAction> actions) {
    return of(meeting, List.copyOf(meeting.attendees), meeting.minutes, actions);
  }

  /** The meeting as an attendee sees it: minutes and actions only once published. */
  static MeetingView forAttendee(Meeting meeting, List<MeetingAction> actions) {
    boolean published = meeting.minutesStatus() == MinutesStatus.PUBLISHED;
    return of(meeting, null, published ? meeting.minutes : null, published ? actions : List.of());
  }

  private static MeetingView of(
      Meeting meeting, List<UUID> attendees, String minutes, List<MeetingAction> actions) {
    return new MeetingView(
        meeting.id,
        meeting.title,
        meeting.startsAt,
        meeting.endsAt,
        meeting.location,
        meeting.onlineLink,
        meeting.agenda.stream().map(item -> new AgendaItemView(item.title, item.notes)).toList(),
        attendees,
        meeting.minutesStatus(),
        minutes,
        meeting.minutesPublishedAt,
        actions.stream().map(MeetingActionView::of).toList(),
        meeting.createdAt,
        meeting.version);
  }
}
