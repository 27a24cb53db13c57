package org.coproduce.payment.ratecard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One version of the rate card; never changed once created (its rules are in fee_rule etc.). */
@Entity
@Table(name = "rate_card")
public class RateCard extends PanacheEntityBase {
  @Id public String version;

  /** The id lists are paged on; the version is what people and claims name. */
  public UUID id;

  @Column(name = "effective_from")
  public LocalDate effectiveFrom;

  @Column(name = "mileage_pence_per_mile")
  public int mileagePencePerMile;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;
}
