package org.coproduce.payment.export;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What finance did with lines of a batch: paid, or failed with the reason")
public record PaymentOutcomes(@NotEmpty @Size(max = 10000) List<@Valid @NotNull Outcome> outcomes) {

  public record Outcome(
      @Schema(description = "The claim line (line_id in the files)") @NotNull UUID lineId,
      @Schema(example = "PAID", description = "PAID or FAILED") @NotNull ExportOutcome outcome,
      @Schema(example = "Account closed", description = "Why it failed; needed for FAILED")
          @Size(max = 500)
          String reason) {}
}
