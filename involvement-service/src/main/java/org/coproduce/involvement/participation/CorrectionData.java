package org.coproduce.involvement.participation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/**
 * Corrections of the person's hours. The hours before and after, who corrected them and when are
 * kept, since the claims paid from them are kept; the reason is free text about the person (why
 * they left early, say) and is erased.
 */
@ApplicationScoped
public class CorrectionData implements PersonalData {
  private static final String OF_PERSON =
      "participationId in (select p.id from Participation p where p.personId = ?1)";

  @Override
  public String section() {
    return "participationCorrections";
  }

  @Override
  public List<CorrectionView> exportFor(UUID personId) {
    return ParticipationCorrection.<ParticipationCorrection>list(
            OF_PERSON + " order by createdAt, id", personId)
        .stream()
        .map(correction -> CorrectionView.of(correction, null))
        .toList();
  }

  @Override
  public void erase(UUID personId) {
    ParticipationCorrection.<ParticipationCorrection>list(OF_PERSON, personId)
        .forEach(correction -> correction.reason = ERASED_TEXT);
  }
}
