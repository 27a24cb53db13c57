package org.coproduce.project.team;

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

/**
 * A member of a project's team. People from the involvement register are known here only by their
 * person id: their names stay in involvement-service. Staff members will be known by account id.
 */
@Entity
@Table(name = "team_member")
public class TeamMember extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "project_id")
  public UUID projectId;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_kind")
  public MemberKind memberKind;

  /** The person in involvement-service's register, for members who are not staff. */
  @Column(name = "person_id")
  public UUID personId;

  /** The account id of a member of staff; null for people from the register. */
  @Column(name = "account_id")
  public String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "involvement_level")
  public InvolvementLevel involvementLevel;

  @Column(name = "joined_at")
  public Instant joinedAt;

  /** The opportunity in involvement-service the member was selected for, if any. */
  @Column(name = "source_opportunity_id")
  public UUID sourceOpportunityId;

  /** The selection in involvement-service that made them a member: one member per selection. */
  @Column(name = "source_selection_id")
  public UUID sourceSelectionId;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;
}
