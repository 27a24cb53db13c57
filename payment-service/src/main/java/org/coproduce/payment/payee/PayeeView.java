package org.coproduce.payment.payee;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "How a person is paid. Bank details are masked here and everywhere but finance exports.")
public record PayeeView(
    UUID personId,
    @Schema(example = "BACS") PaymentRoute route,
    @Schema(example = "S** O*****") String bankAccountName,
    @Schema(example = "**-**-56") String sortCode,
    @Schema(example = "******19") String accountNumber,
    boolean receivesBenefits,
    @Schema(description = "Plain-English guidance for a person who receives benefits; else empty")
        List<String> benefitsGuidance,
    @Schema(example = "2000", description = "Fee earnings a week above which we warn")
        long weeklyLimitPence,
    Instant updatedAt,
    @Schema(
            description =
                "Account id of whoever made the latest change; while it is the latest, they may"
                    + " not approve this person's claims or put their lines in a batch")
        String updatedBy,
    @Schema(description = "Bank details staff gave that await confirmation; null when none")
        PendingChangeView pendingChange,
    @Schema(description = "Also the ETag; send it in If-Match when changing the details")
        long version) {}
