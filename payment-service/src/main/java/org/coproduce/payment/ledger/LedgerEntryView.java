package org.coproduce.payment.ledger;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One money movement in the ledger")
public record LedgerEntryView(
    UUID id,
    UUID claimId,
    UUID lineId,
    UUID personId,
    @Schema(example = "CLAIM_RAISED") EntryKind kind,
    @Schema(example = "OWED", description = "The account the amount moved in or out of")
        Account account,
    @Schema(example = "2000", description = "Signed pence") long amountPence,
    @Schema(example = "PEX100") String costCentre,
    @Schema(description = "Analysis code: the QI project, if any") UUID projectId,
    @Schema(example = "2026-27") String taxYear,
    Instant createdAt) {

  static LedgerEntryView of(LedgerEntry entry) {
    return new LedgerEntryView(
        entry.id,
        entry.claimId,
        entry.lineId,
        entry.personId,
        entry.kind,
        entry.account,
        entry.amountPence,
        entry.costCentre,
        entry.projectId,
        entry.taxYear,
        entry.createdAt);
  }
}
