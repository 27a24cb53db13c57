package org.coproduce.involvement.election;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person nominated for an election; they stand once they accept. */
@Entity
@Table(name = "election_nomination")
public class Nomination extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "election_id")
  public UUID electionId;

  @Column(name = "nominee_person_id")
  public UUID nomineePersonId;

  /** The account id of whoever nominated them. */
  @Column(name = "nominated_by")
  public String nominatedBy;

  @Column(name = "accepted_at")
  public Instant acceptedAt;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;
}
