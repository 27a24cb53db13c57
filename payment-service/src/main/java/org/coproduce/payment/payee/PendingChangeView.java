package org.coproduce.payment.payee;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "Bank details a member of staff gave, masked: no batch uses them until a second member of"
            + " staff, or the person, confirms them")
public record PendingChangeView(
    @Schema(required = true) UUID changeId,
    @Schema(required = true, example = "J** S****") String bankAccountName,
    @Schema(required = true, example = "**-**-90") String sortCode,
    @Schema(required = true, example = "******42") String accountNumber,
    @Schema(required = true, description = "Account id of the member of staff who gave them")
        String changedBy,
    @Schema(required = true) Instant changedAt,
    @Schema(
            required = true,
            description =
                "Whether the caller may confirm them: anyone who may see them but whoever gave"
                    + " them")
        boolean confirmableByYou) {}
