package org.coproduce.involvement.panel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A candidate for the post, known to the panel only by a reference such as "Candidate A". */
@Entity
@Table(name = "panel_candidate")
public class PanelCandidate extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "panel_id")
  public UUID panelId;

  public String reference;

  @Column(name = "created_at")
  public Instant createdAt;
}
