package org.coproduce.involvement.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/**
 * The in-app messages to the person. They exist only to be read by the person, who can no longer
 * sign in to read them, so erasure deletes them rather than keeping empty shells.
 */
@ApplicationScoped
public class MessageData implements PersonalData {

  @Override
  public String section() {
    return "messages";
  }

  @Override
  public List<MessageView> exportFor(UUID personId) {
    return Message.<Message>list("personId = ?1 order by createdAt, id", personId).stream()
        .map(MessageView::of)
        .toList();
  }

  @Override
  public void erase(UUID personId) {
    Message.delete("personId", personId);
  }
}
