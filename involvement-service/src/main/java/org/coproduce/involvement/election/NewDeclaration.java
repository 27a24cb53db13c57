package org.coproduce.involvement.election;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The declaration of an election's result: when terms start, which board")
public record NewDeclaration(
    @Schema(example = "2026-05-01", description = "First day of the terms and of the board seats")
        @NotNull
        LocalDate termStart,
    @Schema(example = "Trust Board") @NotBlank @Size(max = 200) String boardName,
    @Schema(
            description =
                "Only when candidates tie for the last seats: who fills them, decided by lot in"
                    + " front of witnesses")
        List<@NotNull UUID> tieWinners) {}
