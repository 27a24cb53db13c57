package org.coproduce.involvement.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/**
 * The person's feedback on sessions. The ratings stay, so a session's averages do not change; the
 * comment is their own words and is wiped.
 */
@ApplicationScoped
public class FeedbackData implements PersonalData {

  @Override
  public String section() {
    return "feedback";
  }

  @Override
  public List<FeedbackView> exportFor(UUID personId) {
    return Feedback.<Feedback>list("personId = ?1 order by createdAt, id", personId).stream()
        .map(FeedbackView::of)
        .toList();
  }

  @Override
  public void erase(UUID personId) {
    Feedback.<Feedback>list("personId", personId).forEach(feedback -> feedback.comment = null);
  }
}
