package org.coproduce.involvement.meeting;

import java.time.Instant;
import java.util.UUID;

/** A meeting in a list: when, where and whether its minutes are out. */
public record MeetingSummaryView(
    UUID id,
    String title,
    Instant startsAt,
    Instant endsAt,
    String location,
    String onlineLink,
    MinutesStatus minutesStatus) {

  static MeetingSummaryView of(Meeting meeting) {
    return new MeetingSummaryView(
        meeting.id,
        meeting.title,
        meeting.startsAt,
        meeting.endsAt,
        meeting.location,
        meeting.onlineLink,
        meeting.minutesStatus());
  }
}
