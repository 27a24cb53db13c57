package org.coproduce.involvement.participation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/** The person's recorded attendance and hours. */
@ApplicationScoped
public class ParticipationData implements PersonalData {

  @Override
  public String section() {
    return "participations";
  }

  @Override
  public List<ParticipationView> exportFor(UUID personId) {
    return Participation.<Participation>list("personId = ?1 order by createdAt, id", personId)
        .stream()
        .map(ParticipationView::of)
        .toList();
  }

  /**
   * Kept as it is: ids, dates and hours only, and the claims payment-service keeps for finance were
   * paid from them.
   */
  @Override
  public void erase(UUID personId) {}
}
