package org.coproduce.involvement.pyramid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of a person's level: from (null for the first), to, when and by whom. */
@Entity
@Table(name = "pyramid_level_change")
public class LevelHistoryEntry extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "person_id")
  public UUID personId;

  @Column(name = "from_level")
  public String fromLevel;

  @Column(name = "to_level")
  public String toLevel;

  /** When the level changed. */
  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "changed_by")
  public String changedBy;
}
