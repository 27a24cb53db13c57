package org.coproduce.involvement.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A person's consent to one purpose; given now, or earlier on paper when staff enter it later")
public record NewConsent(
    @Schema(example = "CONTACT_ABOUT_OPPORTUNITIES") @NotNull ConsentPurpose purpose,
    @Schema(example = "2026-01", description = "The version of the wording the person agreed to")
        @NotBlank
        @Size(max = 50)
        String wordingVersion,
    @Schema(example = "PAPER") @NotNull ConsentChannel channel,
    @Schema(
            example = "2026-11-02T10:30:00Z",
            description =
                "When a consent form signed earlier was signed; staff only, never in the future."
                    + " Absent means now")
        @PastOrPresent
        Instant givenAt) {}
