package org.coproduce.involvement.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An in-app message to a person, read when they sign in. */
@Entity
public class Message extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "person_id")
  public UUID personId;

  @Enumerated(EnumType.STRING)
  public MessagePurpose purpose;

  public String subject;

  public String body;

  /** The opportunity the message is about, if any. */
  @Column(name = "opportunity_id")
  public UUID opportunityId;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The account id of the member of staff whose action sent it. */
  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "read_at")
  public Instant readAt;

  @Version public long version;
}
