package org.coproduce.project.privacy;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.coproduce.events.Contract;
import org.coproduce.events.EventCodec;
import org.coproduce.events.PersonErased;
import org.coproduce.platform.inbox.Inbox;
import org.coproduce.platform.privacy.Erasure;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Erases here a person erased in the register: every personal data feature of this service wipes
 * what it holds, in the transaction of the inbox row. A message that cannot be read is parked in
 * the dead-letter topic.
 */
@ApplicationScoped
public class PersonErasedConsumer {
  static final String CONSUMER = "project-service.erasure";

  private final Inbox inbox;
  private final Erasure erasure;

  public PersonErasedConsumer(Inbox inbox, Erasure erasure) {
    this.inbox = inbox;
    this.erasure = erasure;
  }

  @Incoming("person-erasures")
  @Blocking
  @Transactional
  public void on(String message) {
    // The topic carries every involvement event; only erasures are worth an inbox row here.
    if (!Contract.PERSON_ERASED.type().equals(EventCodec.read(message).type())) {
      return;
    }
    inbox
        .receive(CONSUMER, message)
        .map(received -> received.event())
        .filter(PersonErased.class::isInstance)
        .map(PersonErased.class::cast)
        .ifPresent(erased -> erasure.erase(erased.personId(), erased.erasedAt()));
  }
}
