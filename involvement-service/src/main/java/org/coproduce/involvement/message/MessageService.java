package org.coproduce.involvement.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.involvement.consent.ConsentService;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.privacy.Erasure;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;

/**
 * In-app messages. Sending asks for the consent the purpose needs at that moment, so a withdrawn
 * consent stops messages at once, whoever tries to send them. E-mail is not sent from here.
 */
@ApplicationScoped
public class MessageService {
  private final EntityManager entityManager;
  private final ConsentService consents;
  private final Erasure erasure;

  public MessageService(EntityManager entityManager, ConsentService consents, Erasure erasure) {
    this.entityManager = entityManager;
    this.consents = consents;
    this.erasure = erasure;
  }

  /**
   * Sends a message in the caller's transaction; returns false, sending nothing, when the purpose
   * needs a consent the person has not given or has withdrawn, or the person has been erased (they
   * can no longer sign in to read it, and their messages were deleted).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean send(
      UUID personId,
      MessagePurpose purpose,
      UUID opportunityId,
      String subject,
      String body,
      String sentBy) {
    boolean allowed =
        erasure.erasedAt(personId).isEmpty()
            && purpose
                .consentNeeded()
                .map(consent -> consents.allows(personId, consent))
                .orElse(true);
    if (!allowed) {
      return false;
    }
    Message message = new Message();
    message.id = UUID.randomUUID();
    message.personId = personId;
    message.purpose = purpose;
    message.opportunityId = opportunityId;
    message.subject = subject;
    message.body = body;
    message.createdAt = Instant.now();
    message.createdBy = sentBy;
    message.persist();
    return true;
  }

  /** The caller's own messages, newest first; optionally only those not read yet. */
  public Page<MessageView> mine(CurrentUser caller, Boolean unread, PageRequest page) {
    UUID personId = caller.personId().orElseThrow(() -> new ProblemException.NotFound("Messages"));
    Map<String, Object> params = new HashMap<>();
    params.put("personId", personId);
    String filter = "e.personId = :personId";
    if (Boolean.TRUE.equals(unread)) {
      filter += " and e.readAt is null";
    }
    return Page.of(
        page.fetch(entityManager, Message.class, filter, params),
        page,
        message -> new Cursor(message.createdAt, message.id),
        MessageView::of);
  }

  /** Marks one of the caller's messages read; reading it again keeps the first time. */
  @Transactional
  public MessageView markRead(UUID id, Long expectedVersion, CurrentUser caller) {
    Message message = Message.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (message == null || caller.personId().filter(message.personId::equals).isEmpty()) {
      throw new ProblemException.NotFound("Message " + id);
    }
    Versioned.requireCurrent(expectedVersion, message.version, "Message " + id);
    if (message.readAt == null) {
      message.readAt = Instant.now();
      entityManager.flush();
    }
    return MessageView.of(message);
  }
}
