package org.coproduce.involvement.pyramid;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/** The person's pyramid level and its history. */
@ApplicationScoped
public class PyramidLevelData implements PersonalData {

  @Override
  public String section() {
    return "pyramidLevel";
  }

  @Override
  public PyramidLevelExport exportFor(UUID personId) {
    PersonLevel current = PersonLevel.findById(personId);
    return new PyramidLevelExport(
        current == null ? null : PersonLevelView.of(current),
        LevelHistoryEntry.<LevelHistoryEntry>list("personId = ?1 order by createdAt, id", personId)
            .stream()
            .map(LevelHistoryView::of)
            .toList());
  }

  /**
   * Kept as it is: level codes, times and staff account ids say nothing about the person once their
   * name is a pseudonym, and the pyramid audit counts them.
   */
  @Override
  public void erase(UUID personId) {}
}
