package org.coproduce.payment.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Rejection of what is pending on a claim; the person is told the reason")
public record Rejection(
    @Schema(example = "The receipt is for a different day") @NotBlank @Size(max = 2000)
        String reason) {}
