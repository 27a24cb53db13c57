package org.coproduce.involvement.panel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A panel member: a service user or carer from the register, or a member of staff. */
@Entity
@Table(name = "panel_member")
public class PanelMember extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "panel_id")
  public UUID panelId;

  /** Set for a service user or carer: their record in the register. */
  @Column(name = "person_id")
  public UUID personId;

  /** Set for a member of staff: their account id (token subject). */
  @Column(name = "account_id")
  public String accountId;

  @Column(name = "created_at")
  public Instant createdAt;
}
