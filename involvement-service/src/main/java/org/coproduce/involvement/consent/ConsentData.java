package org.coproduce.involvement.consent;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/**
 * The person's consent records. On erasure every consent in force is withdrawn, and the records are
 * kept only as purposes and dates: the proof that contact was lawful while it lasted.
 */
@ApplicationScoped
public class ConsentData implements PersonalData {

  @Override
  public String section() {
    return "consents";
  }

  @Override
  public List<ConsentView> exportFor(UUID personId) {
    return Consent.<Consent>list("personId = ?1 order by createdAt, id", personId).stream()
        .map(ConsentView::of)
        .toList();
  }

  @Override
  public void erase(UUID personId) {
    Instant now = Instant.now();
    for (Consent consent : Consent.<Consent>list("personId", personId)) {
      if (consent.inForce()) {
        consent.withdrawnAt = now;
      }
      consent.withdrawnBy = null;
      consent.recordedBy = null;
      consent.wordingVersion = null;
      consent.channel = null;
    }
  }
}
