package org.coproduce.payment.payee;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change of how a person is paid, as it was made; bank details masked")
public record PayeeChangeView(
    @Schema(required = true) UUID id,
    @Schema(required = true, example = "BACS") PaymentRoute route,
    @Schema(required = true) boolean receivesBenefits,
    @Schema(required = true, description = "New bank details were given in this change")
        boolean bankDetailsChanged,
    @Schema(example = "**-**-56", description = "As given in this change; null when none")
        String sortCode,
    @Schema(example = "******19") String accountNumber,
    @Schema(required = true, description = "Account id of whoever made the change")
        String changedBy,
    @Schema(required = true, description = "The person changed their own details") boolean byPayee,
    @Schema(
            required = true,
            description = "Staff gave new bank details, which needed a second person to confirm")
        boolean neededConfirmation,
    @Schema(required = true) Instant changedAt,
    @Schema(
            example = "CONFIRMED",
            description =
                "For a change that needed confirmation: CONFIRMED, DISCARDED or SUPERSEDED; null"
                    + " while it awaits confirmation, and for changes that needed none")
        PayeeChangeDecision.Outcome outcome,
    @Schema(description = "Account id of whoever confirmed or discarded it") String decidedBy,
    Instant decidedAt) {

  static PayeeChangeView of(PayeeChange change, PayeeChangeDecision decision) {
    return new PayeeChangeView(
        change.id,
        change.route,
        change.receivesBenefits,
        change.bankChanged,
        BankDetails.maskedSortCode(change.sortCodeLast2),
        BankDetails.maskedAccountNumber(change.accountLast2),
        change.changedBy,
        change.byPayee,
        change.awaitingConfirmation,
        change.createdAt,
        decision == null ? null : decision.outcome,
        decision == null ? null : decision.decidedBy,
        decision == null ? null : decision.decidedAt);
  }
}
