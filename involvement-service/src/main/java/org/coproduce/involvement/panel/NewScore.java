package org.coproduce.involvement.panel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's score of one candidate on one criterion of the panel")
public record NewScore(
    @Schema(example = "16fd2706-8baf-433b-82eb-8c7fada847da") @NotNull UUID candidateId,
    @Schema(example = "a3bb189e-8bf9-3888-9912-ace4e6543002") @NotNull UUID criterionId,
    @Schema(example = "4", description = "1 (poor) to 5 (excellent)") @NotNull @Min(1) @Max(5)
        Integer score,
    @Schema(example = "Gave a clear example of changing practice after feedback") @Size(max = 2000)
        String note) {}
