package org.coproduce.payment.payee;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A person's fees for activities in one week (Monday to Sunday), approved or awaiting"
            + " approval; expenses are not income and are left out")
public record WeekEarnings(
    @Schema(example = "2026-11-16") LocalDate weekStart,
    @Schema(example = "2500") long earnedPence,
    @Schema(example = "2000") long limitPence,
    @Schema(description = "The person receives benefits and the week's fees pass the limit")
        boolean overLimit) {}
