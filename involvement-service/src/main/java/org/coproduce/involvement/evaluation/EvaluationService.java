package org.coproduce.involvement.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.events.ActivityEvaluated;
import org.coproduce.involvement.activity.Activity;
import org.coproduce.involvement.activity.ActivityService;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.problem.UniqueConstraint;
import org.coproduce.platform.web.Versioned;

@ApplicationScoped
public class EvaluationService {
  static final String ONE_PER_ACTIVITY = "activity_evaluation_pkey";

  private final EntityManager entityManager;
  private final Outbox outbox;
  private final ActivityService activities;

  public EvaluationService(EntityManager entityManager, Outbox outbox, ActivityService activities) {
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.activities = activities;
  }

  /** What {@link #evaluate} did: the evaluation, and whether it was the activity's first. */
  public record Outcome(EvaluationView evaluation, boolean created) {}

  /**
   * Sets an activity's one 4Pi evaluation, creating it the first time, and publishes {@code
   * ActivityEvaluated} (without the notes) in the same transaction. Changing an existing one with
   * an expected version (If-Match) that is not current is refused with 412.
   */
  @Transactional
  public Outcome evaluate(UUID activityId, NewEvaluation request, Long expected, String accountId) {
    Activity activity = activities.require(activityId);
    Evaluation evaluation = Evaluation.findById(activityId, LockModeType.PESSIMISTIC_WRITE);
    boolean created = evaluation == null;
    if (created) {
      evaluation = new Evaluation();
      evaluation.activityId = activityId;
      evaluation.createdAt = Instant.now();
    } else {
      Versioned.requireCurrent(expected, evaluation.version, "The evaluation of " + activityId);
    }
    apply(request, evaluation, accountId);
    if (created) {
      evaluation.persist();
    }
    outbox.publish(
        new ActivityEvaluated(
            activityId,
            activity.projectId,
            evaluation.principles,
            evaluation.purpose,
            evaluation.presence,
            evaluation.process,
            evaluation.impact));
    UniqueConstraint.flushOrRefuse(
        entityManager,
        ONE_PER_ACTIVITY,
        () ->
            new ProblemException.Conflict(
                "Someone else evaluated this activity at the same time; reload it", "activityId"));
    return new Outcome(EvaluationView.of(evaluation), created);
  }

  public EvaluationView get(UUID activityId) {
    activities.require(activityId);
    Evaluation evaluation = Evaluation.findById(activityId);
    if (evaluation == null) {
      throw new ProblemException.NotFound("An evaluation of activity " + activityId);
    }
    return EvaluationView.of(evaluation);
  }

  private static void apply(NewEvaluation request, Evaluation evaluation, String accountId) {
    evaluation.principles = request.principles();
    evaluation.purpose = request.purpose();
    evaluation.presence = request.presence();
    evaluation.process = request.process();
    evaluation.impact = request.impact();
    evaluation.notes =
        request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
    evaluation.evaluatedBy = accountId;
    evaluation.evaluatedAt = Instant.now();
  }
}
