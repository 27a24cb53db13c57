package org.coproduce.payment.costcentre;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A cost centre finance books involvement payments to. */
@Entity
@Table(name = "cost_centre")
public class CostCentre extends PanacheEntityBase {
  @Id public String code;

  public String name;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;
}
