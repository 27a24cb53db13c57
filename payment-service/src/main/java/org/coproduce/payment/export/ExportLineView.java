package org.coproduce.payment.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduce.payment.claim.LineKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A line of an export batch and its outcome; payee references and bank details are only in"
            + " the batch's files")
public record ExportLineView(
    @Schema(description = "The claim line, as in the files' line_id") UUID lineId,
    UUID claimId,
    @Schema(example = "FEE") LineKind kind,
    @Schema(example = "2000") long amountPence,
    @Schema(example = "2026-10-14") LocalDate day,
    @Schema(example = "AWAITING") ExportOutcome outcome,
    @Schema(example = "Account closed") String failureReason,
    Instant outcomeAt) {

  static ExportLineView of(ExportLine line) {
    return new ExportLineView(
        line.claimLineId,
        line.claimId,
        line.lineKind,
        line.amountPence,
        line.day,
        line.outcome,
        line.failureReason,
        line.outcomeAt);
  }
}
