package org.coproduce.involvement.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.ActivityPlanned;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.web.Versioned;

@ApplicationScoped
public class ActivityService {
  private final EntityManager entityManager;
  private final Outbox outbox;

  public ActivityService(EntityManager entityManager, Outbox outbox) {
    this.entityManager = entityManager;
    this.outbox = outbox;
  }

  /** Plans an activity and publishes {@code ActivityPlanned} in the same transaction. */
  @Transactional
  public ActivityView plan(NewActivity request, String accountId) {
    Activity activity = new Activity();
    activity.id = UUID.randomUUID();
    activity.createdAt = Instant.now();
    activity.createdBy = accountId;
    apply(request, activity);
    activity.persist();
    outbox.publish(
        new ActivityPlanned(
            activity.id,
            activity.projectId,
            activity.opportunityId,
            activity.activityType.name(),
            activity.involvementLevel.name()));
    return ActivityView.of(activity);
  }

  public ActivityView get(UUID id) {
    return ActivityView.of(require(id));
  }

  /** The activity, or 404. */
  public Activity require(UUID id) {
    Activity activity = Activity.findById(id);
    if (activity == null) {
      throw new ProblemException.NotFound("Activity " + id);
    }
    return activity;
  }

  /**
   * Changes an activity's details. With an expected version (If-Match), an activity someone else
   * changed first is refused with 412.
   */
  @Transactional
  public ActivityView change(UUID id, NewActivity request, Long expected) {
    Activity activity = Activity.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (activity == null) {
      throw new ProblemException.NotFound("Activity " + id);
    }
    Versioned.requireCurrent(expected, activity.version, "Activity " + id);
    apply(request, activity);
    entityManager.flush();
    return ActivityView.of(activity);
  }

  /** Activities newest first, for a project and/or an opportunity when given. */
  public Page<ActivityView> list(UUID projectId, UUID opportunityId, PageRequest page) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder filter = new StringBuilder("1 = 1");
    if (projectId != null) {
      filter.append(" and e.projectId = :projectId");
      params.put("projectId", projectId);
    }
    if (opportunityId != null) {
      filter.append(" and e.opportunityId = :opportunityId");
      params.put("opportunityId", opportunityId);
    }
    return Page.of(
        page.fetch(entityManager, Activity.class, filter.toString(), params),
        page,
        activity -> new Cursor(activity.createdAt, activity.id),
        ActivityView::of);
  }

  private static void apply(NewActivity request, Activity activity) {
    activity.title = request.title().strip();
    activity.activityType = request.activityType();
    activity.involvementLevel = request.involvementLevel();
    activity.purpose = request.purpose().strip();
    activity.projectId = request.projectId();
    activity.opportunityId = request.opportunityId();
  }
}
