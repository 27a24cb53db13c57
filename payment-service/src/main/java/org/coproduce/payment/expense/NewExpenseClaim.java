package org.coproduce.payment.expense;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduce.payment.claim.Receipt;
import org.coproduce.payment.ratecard.ExpenseCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "An expense to be repaid: an amount for most categories, miles for MILEAGE (paid at the"
            + " rate card's rate per mile)")
public record NewExpenseClaim(
    @Schema(
            description =
                "Whose expense; staff must name the person, a volunteer may leave it out for"
                    + " themselves")
        UUID personId,
    @Schema(example = "PUBLIC_TRANSPORT") @NotNull ExpenseCategory category,
    @Schema(example = "640", description = "In pence, more than 0, at most the category's cap")
        @Positive
        @Max(value = MAX_AMOUNT_PENCE, message = "must be at most 1000000 (£10,000)")
        Long amountPence,
    @Schema(example = "12.5", description = "For MILEAGE only: more than 0, at most 1000")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1000")
        @Digits(integer = 4, fraction = 2)
        BigDecimal miles,
    @Schema(example = "2026-10-14", description = "The day of the expense, not in the future")
        @NotNull
        @PastOrPresent
        LocalDate date,
    @Valid Receipt receipt,
    @Schema(description = "The QI project it was for, if any (the analysis code)") UUID projectId,
    @Schema(example = "PEX100", description = "Defaults to the trust's involvement cost centre")
        @Size(max = 20)
        String costCentre) {

  /** Nobody's single expense comes near £10,000: above it is a typing error, not a claim. */
  static final long MAX_AMOUNT_PENCE = 1_000_000;
}
