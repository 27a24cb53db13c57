package org.coproduce.involvement.meeting;

import jakarta.persistence.Embeddable;

/** One item of a meeting's agenda; its place in the agenda is its position in the list. */
@Embeddable
public class AgendaItem {
  public String title;

  public String notes;
}
