package org.coproduce.payment.costcentre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A cost centre, as finance's ledger names it")
public record NewCostCentre(
    @Schema(example = "PEX200")
        @NotNull
        @Pattern(regexp = "^[A-Z0-9]{2,20}$", message = "must be 2 to 20 capital letters or digits")
        String code,
    @Schema(example = "Carers' involvement") @NotBlank @Size(max = 100) String name) {}
