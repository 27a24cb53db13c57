package org.coproduce.involvement.interest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person's interest in an opportunity, and the coordinator's decision on it. */
@Entity
@Table(name = "expression_of_interest")
public class ExpressionOfInterest extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "opportunity_id")
  public UUID opportunityId;

  @Column(name = "person_id")
  public UUID personId;

  /** What the person said about their availability or needs: personal, stays here. */
  public String note;

  @Enumerated(EnumType.STRING)
  public InterestStatus status;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** The account id of whoever last changed its status. */
  @Column(name = "decided_by")
  public String decidedBy;

  @Version public long version;
}
