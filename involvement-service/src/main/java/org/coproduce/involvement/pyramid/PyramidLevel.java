package org.coproduce.involvement.pyramid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A level of the Involvement Pyramid: reference data an admin keeps, ordered by rank. */
@Entity
@Table(name = "pyramid_level")
public class PyramidLevel extends PanacheEntityBase {
  /** The stable code people's levels refer to, e.g. {@code CO_PRODUCING}. */
  @Id public String code;

  public String label;

  /** 1 is the bottom of the pyramid (informing); higher is more involvement. */
  public int rank;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;
}
