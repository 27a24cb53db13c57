package org.coproduce.involvement.newsletter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An item a coordinator writes for the newsletter")
public record NewNewsletterItem(
    @Schema(example = "New signs to the discharge lounge") @NotBlank @Size(max = 200) String title,
    @Schema(example = "You told us the lounge was hard to find. Estates put up new signs in May.")
        @NotBlank
        @Size(max = 20000)
        String body) {}
