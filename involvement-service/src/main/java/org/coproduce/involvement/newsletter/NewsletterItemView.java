package org.coproduce.involvement.newsletter;

import java.time.Instant;
import java.util.UUID;

public record NewsletterItemView(
    UUID id, String title, String body, UUID meetingId, Instant createdAt, long version) {

  static NewsletterItemView of(NewsletterItem item) {
    return new NewsletterItemView(
        item.id, item.title, item.body, item.meetingId, item.createdAt, item.version);
  }
}
