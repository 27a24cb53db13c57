package org.coproduce.payment.export;

import org.coproduce.payment.payee.PaymentRoute;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Approved lines of one payment route not yet exported (or failed and back)")
public record ExportQueueView(
    @Schema(example = "BACS") PaymentRoute route,
    @Schema(example = "12") long lineCount,
    @Schema(example = "24000") long totalPence) {}
