package org.coproduce.involvement.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One meeting of an activity: when, and where or online, with what helps people take part. */
@Entity
@Table(name = "activity_session")
public class ActivitySession extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "activity_id")
  public UUID activityId;

  @Column(name = "starts_at")
  public Instant startsAt;

  @Column(name = "ends_at")
  public Instant endsAt;

  public String location;

  public boolean online;

  /** Step-free access, hearing loop, interpreters, how to join online... */
  @Column(name = "access_information")
  public String accessInformation;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Version public long version;
}
