package org.coproduce.payment.payee;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A person who receives benefits whose fees in a week pass the weekly limit, counting fees"
            + " still awaiting approval: paying them all may affect their benefits")
public record BenefitsWarning(
    UUID personId,
    @Schema(example = "2026-11-16") LocalDate weekStart,
    @Schema(example = "2500") long earnedPence,
    @Schema(example = "2000") long limitPence) {}
