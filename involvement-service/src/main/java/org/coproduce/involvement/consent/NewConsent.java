package org.coproduce.involvement.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person's consent to one purpose, to record as given now")
public record NewConsent(
    @Schema(example = "CONTACT_ABOUT_OPPORTUNITIES") @NotNull ConsentPurpose purpose,
    @Schema(example = "2026-01", description = "The version of the wording the person agreed to")
        @NotBlank
        @Size(max = 50)
        String wordingVersion,
    @Schema(example = "PAPER") @NotNull ConsentChannel channel) {}
