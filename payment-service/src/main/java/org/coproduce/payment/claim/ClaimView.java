package org.coproduce.payment.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduce.payment.payee.BenefitsWarning;
import org.coproduce.payment.ratecard.ExpenseCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A fee or expense claim: its current amount, its lines and its decisions")
public record ClaimView(
    UUID id,
    @Schema(example = "FEE") ClaimKind kind,
    @Schema(description = "The participation a fee is for; absent for an expense")
        UUID participationId,
    UUID personId,
    @Schema(description = "Analysis code: the QI project, if any") UUID projectId,
    @Schema(example = "PEX100") String costCentre,
    @Schema(example = "FOCUS_GROUP") String activityType,
    @Schema(example = "2026-10-14", description = "The day of the activity or the expense")
        LocalDate activityDate,
    @Schema(example = "2.5", description = "Current hours of a fee") BigDecimal hours,
    @Schema(example = "PUBLIC_TRANSPORT") ExpenseCategory category,
    @Schema(example = "12.5") BigDecimal miles,
    Receipt receipt,
    @Schema(example = "2000", description = "Current amount: every line not rejected")
        long amountPence,
    @Schema(example = "2026-04", description = "Rate card version of the latest line")
        String rateCardVersion,
    @Schema(example = "PENDING") ClaimStatus status,
    List<ClaimLineView> lines,
    List<ClaimDecisionView> decisions,
    @Schema(
            description =
                "Set when the person receives benefits and their fees in this fee's week pass the"
                    + " weekly limit")
        BenefitsWarning benefitsWarning,
    Instant createdAt,
    @Schema(description = "Also the ETag; send it in If-Match when deciding") long version) {

  public static ClaimView of(
      Claim claim,
      List<ClaimLine> lines,
      List<ClaimDecision> decisions,
      BenefitsWarning benefitsWarning) {
    return new ClaimView(
        claim.id,
        claim.kind,
        claim.participationId,
        claim.personId,
        claim.projectId,
        claim.costCentre,
        claim.activityType,
        claim.activityDate,
        claim.hours,
        claim.category,
        claim.miles,
        Receipt.of(claim),
        claim.amountPence,
        claim.rateCardVersion,
        claim.status,
        lines.stream().map(ClaimLineView::of).toList(),
        decisions.stream().map(ClaimDecisionView::of).toList(),
        benefitsWarning,
        claim.createdAt,
        claim.version);
  }
}
