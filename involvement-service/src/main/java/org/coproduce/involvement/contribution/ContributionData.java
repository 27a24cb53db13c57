package org.coproduce.involvement.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/**
 * "You said, we did" for the person. What they said is their words and is erased; what the trust
 * did with it, when and whether they were told stay, as the record of what involvement changed.
 */
@ApplicationScoped
public class ContributionData implements PersonalData {

  @Override
  public String section() {
    return "contributions";
  }

  @Override
  public List<ContributionView> exportFor(UUID personId) {
    return Contribution.<Contribution>list("personId = ?1 order by createdAt, id", personId)
        .stream()
        .map(ContributionView::of)
        .toList();
  }

  @Override
  public void erase(UUID personId) {
    Contribution.<Contribution>list("personId", personId)
        .forEach(contribution -> contribution.said = ERASED_TEXT);
  }
}
