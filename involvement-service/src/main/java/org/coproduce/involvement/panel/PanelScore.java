package org.coproduce.involvement.panel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One member's score, 1 to 5, of one candidate on one criterion. */
@Entity
@Table(name = "panel_score")
public class PanelScore extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "panel_id")
  public UUID panelId;

  @Column(name = "member_id")
  public UUID memberId;

  @Column(name = "candidate_id")
  public UUID candidateId;

  @Column(name = "criterion_id")
  public UUID criterionId;

  public int score;

  public String note;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "changed_at")
  public Instant changedAt;

  @Version public long version;
}
