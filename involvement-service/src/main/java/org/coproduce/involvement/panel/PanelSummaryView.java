package org.coproduce.involvement.panel;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Each candidate's weighted score on a panel, highest first")
public record PanelSummaryView(UUID panelId, boolean closed, List<CandidateSummary> candidates) {

  /**
   * One candidate: the mean of every score given to them, each counted by its criterion's weight,
   * to two places (null before any score); and how many of the expected scores are in.
   */
  public record CandidateSummary(
      UUID candidateId,
      String reference,
      @Schema(example = "3.75") BigDecimal weightedScore,
      int scoresGiven,
      int scoresExpected) {}
}
