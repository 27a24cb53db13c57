package org.coproduce.payment.approval;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An approver's own limit per claim, set by an admin in place of their role's default. */
@Entity
@Table(name = "approval_limit")
public class ApprovalLimit extends PanacheEntityBase {
  @Id
  @Column(name = "account_id")
  public String accountId;

  @Column(name = "limit_pence")
  public long limitPence;

  @Column(name = "set_by")
  public String setBy;

  @Column(name = "set_at")
  public Instant setAt;
}
