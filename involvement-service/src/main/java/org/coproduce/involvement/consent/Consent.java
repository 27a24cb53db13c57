package org.coproduce.involvement.consent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's consent to one purpose, in the wording they were shown. It is in force until it is
 * withdrawn; a withdrawn record stays as history and is never given again (a new one is recorded).
 */
@Entity
public class Consent extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "person_id")
  public UUID personId;

  @Enumerated(EnumType.STRING)
  public ConsentPurpose purpose;

  /** The version of the consent wording the person agreed to, e.g. {@code 2026-01}. */
  @Column(name = "wording_version")
  public String wordingVersion;

  @Enumerated(EnumType.STRING)
  public ConsentChannel channel;

  /** The account id of whoever recorded it: a member of staff or the person themselves. */
  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "given_at")
  public Instant givenAt;

  @Column(name = "withdrawn_at")
  public Instant withdrawnAt;

  @Column(name = "withdrawn_by")
  public String withdrawnBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;

  public boolean inForce() {
    return withdrawnAt == null;
  }
}
