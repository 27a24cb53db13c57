package org.coproduce.involvement.feedback;

import java.math.BigDecimal;
import java.util.UUID;

/** How many gave feedback on a session and their average ratings (null when nobody has). */
public record FeedbackSummaryView(
    UUID sessionId, long responses, BigDecimal averageOverall, BigDecimal averageUsefulness) {}
