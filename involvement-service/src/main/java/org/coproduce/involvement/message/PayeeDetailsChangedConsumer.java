package org.coproduce.involvement.message;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.coproduce.events.PayeeDetailsChanged;
import org.coproduce.involvement.person.PersonService;
import org.coproduce.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Tells a person, in an in-app message, that their payment details changed, so a change they did
 * not ask for is noticed before money goes astray. The inbox row and the message commit together; a
 * message that cannot be read is parked in the dead-letter topic.
 */
@ApplicationScoped
public class PayeeDetailsChangedConsumer {
  static final String CONSUMER = "involvement-service.payee-notice";

  private final Inbox inbox;
  private final MessageService messages;
  private final PersonService people;

  public PayeeDetailsChangedConsumer(Inbox inbox, MessageService messages, PersonService people) {
    this.inbox = inbox;
    this.messages = messages;
    this.people = people;
  }

  @Incoming("payment-events")
  @Blocking
  @Transactional
  public void on(String message) {
    inbox
        .receive(CONSUMER, message)
        .filter(received -> received.event() instanceof PayeeDetailsChanged)
        .map(received -> (PayeeDetailsChanged) received.event())
        // Payment details are only ever kept for people of the register; anyone else has no
        // inbox to be told in.
        .filter(change -> people.exists(change.personId()))
        .ifPresent(this::tell);
  }

  private void tell(PayeeDetailsChanged change) {
    messages.send(
        change.personId(),
        MessagePurpose.PAYMENT_DETAILS_CHANGED,
        null,
        subject(change),
        body(change),
        change.changedBy());
  }

  private static String subject(PayeeDetailsChanged change) {
    return change.awaitingConfirmation()
        ? "New bank details were entered for you: please check them"
        : "Your payment details were changed";
  }

  private static String body(PayeeDetailsChanged change) {
    if (change.byPayee()) {
      return "You changed how you are paid. If you did not make this change, tell the involvement"
          + " team straight away.";
    }
    if (change.awaitingConfirmation()) {
      return "A member of staff entered new bank details for your payments. They are not used until"
          + " you, or another member of staff, confirm them: see Payments, How I am paid. If you"
          + " did not ask for this, do not confirm them and tell the involvement team.";
    }
    return "A member of staff changed how you are paid: see Payments, How I am paid. If you did"
        + " not ask for this, tell the involvement team.";
  }
}
