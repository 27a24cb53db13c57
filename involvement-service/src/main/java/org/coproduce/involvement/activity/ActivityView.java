package org.coproduce.involvement.activity;

import java.time.Instant;
import java.util.UUID;
import org.coproduce.involvement.participation.ActivityType;

public record ActivityView(
    UUID id,
    String title,
    ActivityType activityType,
    InvolvementLevel involvementLevel,
    String purpose,
    UUID projectId,
    UUID opportunityId,
    String createdBy,
    Instant createdAt,
    long version) {

  public static ActivityView of(Activity activity) {
    return new ActivityView(
        activity.id,
        activity.title,
        activity.activityType,
        activity.involvementLevel,
        activity.purpose,
        activity.projectId,
        activity.opportunityId,
        activity.createdBy,
        activity.createdAt,
        activity.version);
  }
}
