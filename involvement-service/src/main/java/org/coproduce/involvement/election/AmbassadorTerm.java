package org.coproduce.involvement.election;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An elected ambassador's term and their seat at a board's meetings. */
@Entity
@Table(name = "ambassador_term")
public class AmbassadorTerm extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "election_id")
  public UUID electionId;

  @Column(name = "person_id")
  public UUID personId;

  @Column(name = "term_start")
  public LocalDate termStart;

  /** The day the term ends: the start plus the election's term length. */
  @Column(name = "term_end")
  public LocalDate termEnd;

  @Column(name = "board_name")
  public String boardName;

  @Column(name = "seat_from")
  public LocalDate seatFrom;

  @Column(name = "created_at")
  public Instant createdAt;
}
