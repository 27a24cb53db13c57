package org.coproduce.involvement.panel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What the panel scores candidates on, weighted 1 to 5; any panel member may propose one. */
@Entity
@Table(name = "panel_criterion")
public class PanelCriterion extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "panel_id")
  public UUID panelId;

  public String text;

  public int weight;

  /** The account id of whoever proposed it. */
  @Column(name = "proposed_by")
  public String proposedBy;

  @Column(name = "created_at")
  public Instant createdAt;
}
