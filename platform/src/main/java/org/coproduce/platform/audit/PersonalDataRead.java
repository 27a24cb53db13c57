package org.coproduce.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One read of personal data by staff: a person's record, or a list. Never changed or deleted. */
@Entity
@Table(name = "personal_data_read")
public class PersonalDataRead extends PanacheEntityBase {
  @Id public UUID id;

  /** The account id (token subject) of the reader. */
  @Column(name = "account_id")
  public String accountId;

  /** The kind of record (PERSON, PAYEE...) or the list (REGISTER_SEARCH, CLAIMS...) read. */
  @Column(name = "record_type")
  public String recordType;

  /** The record read; null for a list. */
  @Column(name = "record_id")
  public UUID recordId;

  /** Whose record or list it was; null for a list of many people. */
  @Column(name = "person_id")
  public UUID personId;

  /** A list read's filters, by name only (e.g. {@code name,type}); null for a record. */
  public String query;

  /** How many items a list read returned; null for a record. */
  public Integer returned;

  @Column(name = "created_at")
  public Instant createdAt;
}
