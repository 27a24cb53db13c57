package org.coproduce.payment.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One money movement; the table refuses updates and deletes (a trigger), so this is never edited.
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "claim_id")
  public UUID claimId;

  @Column(name = "line_id")
  public UUID lineId;

  @Column(name = "person_id")
  public UUID personId;

  @Enumerated(EnumType.STRING)
  public EntryKind kind;

  @Enumerated(EnumType.STRING)
  public Account account;

  @Column(name = "amount_pence")
  public long amountPence;

  @Column(name = "cost_centre")
  public String costCentre;

  /** The analysis code: the QI project, if any. */
  @Column(name = "project_id")
  public UUID projectId;

  @Column(name = "tax_year")
  public String taxYear;

  @Column(name = "created_at")
  public Instant createdAt;
}
