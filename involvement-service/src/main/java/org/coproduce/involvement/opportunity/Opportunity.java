package org.coproduce.involvement.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A way to get involved that a coordinator offers to the people in the register. */
@Entity
public class Opportunity extends PanacheEntityBase {
  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public OpportunityKind kind;

  /** Set for QI project roles. */
  @Enumerated(EnumType.STRING)
  @Column(name = "involvement_level")
  public InvolvementLevel involvementLevel;

  /** The project in project-service, for QI project roles; another service's id, so no FK. */
  @Column(name = "project_id")
  public UUID projectId;

  public String title;

  /** What difference taking part will make. */
  public String purpose;

  @Column(name = "starts_at")
  public Instant startsAt;

  @Column(name = "ends_at")
  public Instant endsAt;

  public boolean online;

  public String location;

  @Column(name = "access_information")
  public String accessInformation;

  @Column(name = "expected_hours")
  public BigDecimal expectedHours;

  public String reward;

  /** Lower-case tags, matched to people's interests. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> topics = new ArrayList<>();

  /** {@code PreferredTime} names, matched to people's preferred times. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "times_of_week")
  public List<String> timesOfWeek = new ArrayList<>();

  @Column(name = "places_available")
  public int placesAvailable;

  /** The last day on which people can express interest. */
  @Column(name = "closes_on")
  public LocalDate closesOn;

  @Enumerated(EnumType.STRING)
  public OpportunityStatus status;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The account id of the member of staff who created it. */
  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;

  /** Published, and the closing date (if any) has not passed. */
  public boolean isOpen(LocalDate today) {
    return status == OpportunityStatus.PUBLISHED && (closesOn == null || !today.isAfter(closesOn));
  }
}
