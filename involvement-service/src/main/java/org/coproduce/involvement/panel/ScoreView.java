package org.coproduce.involvement.panel;

import java.time.Instant;
import java.util.UUID;

public record ScoreView(
    UUID id,
    UUID panelId,
    UUID memberId,
    UUID candidateId,
    UUID criterionId,
    int score,
    String note,
    Instant scoredAt,
    Instant changedAt,
    long version) {

  public static ScoreView of(PanelScore score) {
    return new ScoreView(
        score.id,
        score.panelId,
        score.memberId,
        score.candidateId,
        score.criterionId,
        score.score,
        score.note,
        score.createdAt,
        score.changedAt,
        score.version);
  }
}
