package org.coproduce.involvement.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/**
 * The meetings the person attended and the actions they own. Both are ids on the meeting's shared
 * record, so erasure keeps them: who attended decides who reads the minutes, and the minutes and
 * actions are the meeting's, written by staff, not the person's words.
 */
@ApplicationScoped
public class MeetingData implements PersonalData {
  private final EntityManager entityManager;

  public MeetingData(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public String section() {
    return "meetings";
  }

  @Override
  public MeetingsExport exportFor(UUID personId) {
    List<MeetingSummaryView> attended =
        entityManager
            .createQuery(
                "select m from Meeting m where :personId member of m.attendees"
                    + " order by m.startsAt, m.id",
                Meeting.class)
            .setParameter("personId", personId)
            .getResultStream()
            .map(MeetingSummaryView::of)
            .toList();
    List<MeetingActionView> actions =
        MeetingAction.<MeetingAction>list("ownerPersonId = ?1 order by createdAt, id", personId)
            .stream()
            .map(MeetingActionView::of)
            .toList();
    return new MeetingsExport(attended, actions);
  }

  /** Kept as they are: ids on the meeting's record (see above). */
  @Override
  public void erase(UUID personId) {}

  /** The meetings a person attended and the actions agreed there that they own. */
  public record MeetingsExport(
      List<MeetingSummaryView> attended, List<MeetingActionView> actions) {}
}
