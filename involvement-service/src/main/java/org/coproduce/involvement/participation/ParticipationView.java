package org.coproduce.involvement.participation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ParticipationView(
    UUID id,
    UUID personId,
    UUID projectId,
    ActivityType activityType,
    LocalDate date,
    BigDecimal hours,
    UUID sessionId,
    UUID activityId,
    @Schema(
            description =
                "The first recording of the same attendance, when this one repeated it before"
                    + " attendance was unique; absent otherwise")
        UUID duplicateOf,
    String recordedBy,
    Instant createdAt,
    long version) {

  public static ParticipationView of(Participation participation) {
    return new ParticipationView(
        participation.id,
        participation.personId,
        participation.projectId,
        participation.activityType,
        participation.date,
        participation.hours,
        participation.sessionId,
        participation.activityId,
        participation.duplicateOf,
        participation.recordedBy,
        participation.createdAt,
        participation.version);
  }
}
