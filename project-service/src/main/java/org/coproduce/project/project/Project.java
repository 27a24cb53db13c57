package org.coproduce.project.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A QI project with its SMART aim. */
@Entity
public class Project extends PanacheEntityBase {
  @Id public UUID id;

  public String title;

  public String aim;

  @Enumerated(EnumType.STRING)
  public ProjectStatus status;

  /** The project's code in Life QI, where the trust also registers it; unique when given. */
  @Column(name = "life_qi_code")
  public String lifeQiCode;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The account id of the member of staff who created it. */
  @Column(name = "created_by")
  public String createdBy;

  @Version public long version;
}
