package org.coproduce.involvement.evaluation;

import java.time.Instant;
import java.util.UUID;

public record EvaluationView(
    UUID activityId,
    int principles,
    int purpose,
    int presence,
    int process,
    int impact,
    String notes,
    String evaluatedBy,
    Instant evaluatedAt,
    long version) {

  public static EvaluationView of(Evaluation evaluation) {
    return new EvaluationView(
        evaluation.activityId,
        evaluation.principles,
        evaluation.purpose,
        evaluation.presence,
        evaluation.process,
        evaluation.impact,
        evaluation.notes,
        evaluation.evaluatedBy,
        evaluation.evaluatedAt,
        evaluation.version);
  }
}
