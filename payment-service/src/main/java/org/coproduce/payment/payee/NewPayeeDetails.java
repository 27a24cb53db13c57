package org.coproduce.payment.payee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "How a person wants to be paid. Bank details left out keep the ones stored (a client only"
            + " ever sees them masked); the BACS route needs them.")
public record NewPayeeDetails(
    @Schema(example = "BACS") @NotNull PaymentRoute route,
    @Schema(example = "Sam Okafor", description = "The name on the account")
        @Size(min = 1, max = 70)
        @Pattern(regexp = "^[^\\n\\r\\t]*\\S[^\\n\\r\\t]*$", message = "must be a name on one line")
        String bankAccountName,
    @Schema(example = "12-34-56")
        @Pattern(regexp = "^\\d{2}-?\\d{2}-?\\d{2}$", message = "must be six digits, like 12-34-56")
        String sortCode,
    @Schema(example = "31926819") @Pattern(regexp = "^\\d{8}$", message = "must be eight digits")
        String accountNumber,
    @Schema(description = "Whether the person receives state benefits; shows guidance and warnings")
        @NotNull
        Boolean receivesBenefits) {

  boolean givesBankDetails() {
    return bankAccountName != null || sortCode != null || accountNumber != null;
  }
}
