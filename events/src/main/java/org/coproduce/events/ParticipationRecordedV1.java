package org.coproduce.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Version 1 of {@link ParticipationRecorded}, from before attendance could be recorded outside a
 * project: it always has a project and says nothing of the activity or session. Still accepted from
 * the topics (events already there, older producers) and upcast to version 2 when read.
 */
public record ParticipationRecordedV1(
    UUID participationId,
    UUID personId,
    UUID projectId,
    String activityType,
    LocalDate date,
    BigDecimal hours,
    String recordedBy)
    implements Event, Superseded {
  @Override
  public String aggregateId() {
    return participationId.toString();
  }

  @Override
  public ParticipationRecorded newer() {
    return new ParticipationRecorded(
        participationId, personId, projectId, activityType, date, hours, recordedBy, null, null);
  }
}
