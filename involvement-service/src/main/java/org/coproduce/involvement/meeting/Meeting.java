package org.coproduce.involvement.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A service user meeting. Its minutes are a draft only staff see until they are published; from
 * then on the people who attended see them and the actions agreed.
 */
@Entity
public class Meeting extends PanacheEntityBase {
  @Id public UUID id;

  public String title;

  @Column(name = "starts_at")
  public Instant startsAt;

  @Column(name = "ends_at")
  public Instant endsAt;

  /** Where people meet in person, if they do. */
  public String location;

  /** Where people join online, if they can. */
  @Column(name = "online_link")
  public String onlineLink;

  @ElementCollection
  @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  public List<AgendaItem> agenda = new ArrayList<>();

  /** Person ids from the register of the people who attended. */
  @ElementCollection
  @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "person_id")
  public Set<UUID> attendees = new LinkedHashSet<>();

  public String minutes;

  @Column(name = "minutes_published_at")
  public Instant minutesPublishedAt;

  @Column(name = "minutes_published_by")
  public String minutesPublishedBy;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The account id of the coordinator who arranged it. */
  @Column(name = "created_by")
  public String createdBy;

  @Version public long version;

  public MinutesStatus minutesStatus() {
    if (minutesPublishedAt != null) {
      return MinutesStatus.PUBLISHED;
    }
    return minutes == null ? MinutesStatus.NONE : MinutesStatus.DRAFT;
  }
}
