package org.coproduce.involvement.activity;

import java.time.Instant;
import java.util.UUID;

public record SessionView(
    UUID id,
    UUID activityId,
    Instant startsAt,
    Instant endsAt,
    String location,
    boolean online,
    String accessInformation,
    Instant createdAt,
    long version) {

  public static SessionView of(ActivitySession session) {
    return new SessionView(
        session.id,
        session.activityId,
        session.startsAt,
        session.endsAt,
        session.location,
        session.online,
        session.accessInformation,
        session.createdAt,
        session.version);
  }
}
