package org.coproduce.involvement.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action agreed at a meeting, owned by a member of staff or by a person in the register. */
@Entity
@Table(name = "meeting_action")
public class MeetingAction extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "meeting_id")
  public UUID meetingId;

  public String description;

  /** The owner's staff account id, when a member of staff owns it. */
  @Column(name = "owner_account_id")
  public String ownerAccountId;

  /** The owner's person id in the register, when a service user or carer owns it. */
  @Column(name = "owner_person_id")
  public UUID ownerPersonId;

  @Column(name = "due_on")
  public LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  public ActionStatus status;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Version public long version;
}
