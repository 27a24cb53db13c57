package org.coproduce.involvement.contribution;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The person was told what was done with what they said")
public record TellBack(
    @Schema(example = "LETTER") @NotNull TellBackChannel channel,
    @Schema(example = "2026-04-03T14:00:00Z", description = "When they were told; now if not given")
        @PastOrPresent
        Instant toldBackAt) {}
