package org.coproduce.involvement.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

  @Column(name = "postal_address")
  public String postalAddress;

  public String postcode;

  /** What the person needs to take part: for the staff who plan sessions, nobody else. */
  @Column(name = "access_needs")
  public String accessNeeds;

  /** {@link PreferredTime} names. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "preferred_times")
  public List<String> preferredTimes = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "preferred_locations")
  public List<String> preferredLocations = new ArrayList<>();

  /** Topics in lower case, so matching and search do not depend on how they were typed. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> interests = new ArrayList<>();

  @Column(name = "created_at")
  public Instant createdAt;

  /** The account id of the member of staff who registered them. */
  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** When the person was erased: their personal fields are wiped and their name a pseudonym. */
  @Column(name = "erased_at")
  public Instant erasedAt;

  /** The account id of the member of staff who erased them. */
  @Column(name = "erased_by")
  public String erasedBy;

  /** An {@code ErasureReason} name, when one was given. */
  @Column(name = "erasure_reason")
  public String erasureReason;

  @Version public long version;

  public boolean erased() {
    return erasedAt != null;
  }
}
