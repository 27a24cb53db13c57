package org.coproduce.payment.claim;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/** The person's fee claims. */
@ApplicationScoped
public class ClaimData implements PersonalData {

  @Override
  public String section() {
    return "claims";
  }

  @Override
  public List<ClaimView> exportFor(UUID personId) {
    return Claim.<Claim>list("personId = ?1 order by createdAt, id", personId).stream()
        .map(ClaimView::of)
        .toList();
  }

  /**
   * Kept as they are: claims hold only ids, dates and money, and finance must keep what was paid
   * (DESIGN.md, data protection); after erasure they stand against the pseudonymised person.
   */
  @Override
  public void erase(UUID personId) {}
}
