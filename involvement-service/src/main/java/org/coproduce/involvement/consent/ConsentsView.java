package org.coproduce.involvement.consent;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person's consent: where each purpose stands now, and every record")
public record ConsentsView(UUID personId, List<PurposeState> current, List<ConsentView> history) {

  /** One purpose: whether it is allowed now, and the consent in force if there is one. */
  public record PurposeState(ConsentPurpose purpose, boolean allowed, ConsentView consent) {}
}
