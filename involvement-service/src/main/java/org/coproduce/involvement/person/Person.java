package org.coproduce.involvement.person;

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
 * A person in the involvement register. Their name and contact details are personal data: they stay
 * in this service and never go into an event or a log line.
 */
@Entity
public class Person extends PanacheEntityBase {
  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "person_type")
  public PersonType personType;

  /** The name the person wants to be called by, not necessarily their legal name. */
  @Column(name = "display_name")
  public String displayName;

  public String email;

  public String phone;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The account id of the member of staff who registered them. */
  @Column(name = "created_by")
  public String createdBy;

  @Version public long version;
}
