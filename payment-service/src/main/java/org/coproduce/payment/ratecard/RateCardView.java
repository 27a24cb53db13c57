package org.coproduce.payment.ratecard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rate card version and its rules")
public record RateCardView(
    UUID id,
    @Schema(example = "2026-04") String version,
    @Schema(example = "2026-04-01") LocalDate effectiveFrom,
    @Schema(example = "45") int mileagePencePerMile,
    List<FeeRule> fees,
    List<ExpenseCap> expenses,
    Instant createdAt) {

  static RateCardView of(RateCard card, Rates rates) {
    return new RateCardView(
        card.id,
        card.version,
        card.effectiveFrom,
        card.mileagePencePerMile,
        rates.fees(),
        rates.expenses(),
        card.createdAt);
  }
}
