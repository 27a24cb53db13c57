package org.coproduce.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** An event waiting to be, or already, published; written in the transaction of the change. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {
  @Id public UUID id;

  @Generated
  @Column(insertable = false, updatable = false)
  public Long seq;

  public String topic;

  @Column(name = "message_key")
  public String key;

  @Column(name = "event_type")
  public String eventType;

  public String payload;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "published_at")
  public Instant publishedAt;

  /** Set when the row failed for good and was put aside; an operator re-queues it. */
  @Column(name = "parked_at")
  public Instant parkedAt;

  public int attempts;

  @Column(name = "last_error")
  public String lastError;
}
