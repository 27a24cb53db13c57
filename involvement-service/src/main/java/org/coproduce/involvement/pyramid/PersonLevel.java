package org.coproduce.involvement.pyramid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person's current Involvement Pyramid level; its changes are {@link LevelHistoryEntry}s. */
@Entity
@Table(name = "person_pyramid_level")
public class PersonLevel extends PanacheEntityBase {
  @Id
  @Column(name = "person_id")
  public UUID personId;

  @Column(name = "level_code")
  public String level;

  @Column(name = "changed_at")
  public Instant changedAt;

  /** The account id of the member of staff who set it. */
  @Column(name = "changed_by")
  public String changedBy;

  @Version public long version;
}
