package org.coproduce.involvement.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record MeetingActionView(
    UUID id,
    UUID meetingId,
    String description,
    String ownerAccountId,
    UUID ownerPersonId,
    LocalDate dueOn,
    ActionStatus status,
    Instant createdAt,
    long version) {

  static MeetingActionView of(MeetingAction action) {
    return new MeetingActionView(
        action.id,
        action.meetingId,
        action.description,
        action.ownerAccountId,
        action.ownerPersonId,
        action.dueOn,
        action.status,
        action.createdAt,
        action.version);
  }
}
