package org.coproduce.involvement.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One read of a person's record by someone other than that person. Never changed or deleted. */
@Entity
@Table(name = "access_audit")
public class AccessAudit extends PanacheEntityBase {
  @Id public UUID id;

  /** The account id (token subject) of the reader. */
  @Column(name = "account_id")
  public String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "record_type")
  public AuditedRecord recordType;

  @Column(name = "record_id")
  public UUID recordId;

  /** Whose record it was; kept without a foreign key so the audit outlives an erasure. */
  @Column(name = "person_id")
  public UUID personId;

  /** When it was read. */
  @Column(name = "created_at")
  public Instant createdAt;
}
