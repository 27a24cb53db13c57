package org.coproduce.payment.approval;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Approval of what is pending on a claim")
public record Approval(
    @Schema(example = "Attendance confirmed on the sign-in sheet", description = "Optional")
        @Size(max = 2000)
        String reason) {}
