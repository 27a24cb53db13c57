package org.coproduce.involvement.panel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recruitment interview panel for a staff post, run by the coordinator who created it. Its scores
 * are confidential to its members and that coordinator; once it is closed they are frozen.
 */
@Entity
public class Panel extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "post_title")
  public String postTitle;

  @Column(name = "interview_date")
  public LocalDate interviewDate;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The account id of the coordinator who runs the panel. */
  @Column(name = "created_by")
  public String createdBy;

  @Version public long version;

  public boolean closed() {
    return closedAt != null;
  }
}
