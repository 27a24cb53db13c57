package org.coproduce.payment.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduce.payment.payee.PaymentRoute;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An export batch: its totals, checksum and where its lines stand")
public record ExportBatchView(
    UUID id,
    @Schema(example = "BACS") PaymentRoute route,
    @Schema(example = "2026-10-01") LocalDate from,
    @Schema(example = "2026-10-31") LocalDate to,
    Instant createdAt,
    String createdBy,
    @Schema(example = "42") int lineCount,
    @Schema(example = "84000", description = "Sum of the lines, reversals negative")
        long totalPence,
    @Schema(
            example = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
            description = "SHA-256 (hex) of the CSV file: check a download against it")
        String checksum,
    @Schema(example = "40") long awaitingCount,
    @Schema(example = "1") long paidCount,
    @Schema(example = "1") long failedCount,
    @Schema(description = "Who downloaded the files (they hold bank details), earliest first")
        List<Download> downloads,
    @Schema(
            description =
                "The caller made this batch, so another finance officer or an administrator records"
                    + " what was paid from it")
        boolean madeByYou) {

  public record Download(
      @Schema(example = "CSV") String format, String downloadedBy, Instant downloadedAt) {}
}
