package org.coproduce.involvement.newsletter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "The newsletter for a period: its items, oldest first, and who may be sent it now (people"
            + " with newsletter consent in force when the digest was built)")
public record DigestView(
    @Schema(example = "2026-03-01") LocalDate from,
    @Schema(example = "2026-03-31") LocalDate to,
    Instant builtAt,
    List<NewsletterItemView> items,
    List<Recipient> recipients) {

  public record Recipient(UUID personId, String displayName) {}
}
