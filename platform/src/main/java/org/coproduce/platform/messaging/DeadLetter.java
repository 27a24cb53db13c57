package org.coproduce.platform.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A record one of this service's consumers parked, kept until an operator redrives it. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {
  @Id public UUID id;

  public String consumer;

  public String topic;

  public int partition;

  @Column(name = "record_offset")
  public long offset;

  @Column(name = "message_key")
  public String key;

  public String payload;

  public String reason;

  public int attempts;

  @Column(name = "parked_at")
  public Instant parkedAt;

  @Column(name = "redriven_at")
  public Instant redrivenAt;
}
