package org.coproduce.payment.export;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduce.payment.payee.PaymentRoute;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "Export the approved lines not yet exported for one payment route whose activity or"
            + " expense day falls in the period; or exactly the lines named")
public record NewExportBatch(
    @Schema(example = "BACS") @NotNull PaymentRoute route,
    @Schema(example = "2026-10-01") @NotNull LocalDate from,
    @Schema(example = "2026-10-31") @NotNull LocalDate to,
    @Schema(
            description =
                "Only these claim lines (each must be approved, unexported, of the route)")
        @Size(min = 1, max = 1000)
        List<@NotNull UUID> lineIds) {}
