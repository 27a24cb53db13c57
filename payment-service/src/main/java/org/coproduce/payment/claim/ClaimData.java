package org.coproduce.payment.claim;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/** The person's fee and expense claims, with their lines and decisions. */
@ApplicationScoped
public class ClaimData implements PersonalData {
  private final ClaimService claims;

  public ClaimData(ClaimService claims) {
    this.claims = claims;
  }

  @Override
  public String section() {
    return "claims";
  }

  @Override
  public List<ClaimView> exportFor(UUID personId) {
    return Claim.<Claim>list("personId = ?1 order by createdAt, id", personId).stream()
        .map(claims::view)
        .toList();
  }

  /**
   * Claims stay: they hold ids, dates and money, and finance must keep what was paid (DESIGN.md,
   * data protection); after erasure they stand against the pseudonymised person. Only a receipt's
   * file name, which a person may have named after themselves, is wiped.
   */
  @Override
  public void erase(UUID personId) {
    Claim.update(
        "receiptFileName = 'receipt' where personId = ?1 and receiptFileName is not null",
        personId);
  }
}
