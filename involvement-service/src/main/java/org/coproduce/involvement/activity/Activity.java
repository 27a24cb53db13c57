package org.coproduce.involvement.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.involvement.participation.ActivityType;

/** An involvement activity: a focus group, a workshop, a survey wave, a panel, a meeting... */
@Entity
public class Activity extends PanacheEntityBase {
  @Id public UUID id;

  public String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "activity_type")
  public ActivityType activityType;

  @Enumerated(EnumType.STRING)
  @Column(name = "involvement_level")
  public InvolvementLevel involvementLevel;

  /** What difference the activity will make. */
  public String purpose;

  /** The QI project in project-service; another service's aggregate, so only its id. */
  @Column(name = "project_id")
  public UUID projectId;

  /** The opportunity people were recruited through; only its id. */
  @Column(name = "opportunity_id")
  public UUID opportunityId;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Version public long version;
}
