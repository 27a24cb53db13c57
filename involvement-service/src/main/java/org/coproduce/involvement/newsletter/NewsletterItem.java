package org.coproduce.involvement.newsletter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An item for the newsletter: written by a coordinator, or made from a meeting's minutes. */
@Entity
@Table(name = "newsletter_item")
public class NewsletterItem extends PanacheEntityBase {
  @Id public UUID id;

  public String title;

  public String body;

  /** The meeting whose published minutes it was made from, if it was. */
  @Column(name = "meeting_id")
  public UUID meetingId;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Version public long version;
}
