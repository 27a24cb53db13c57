package org.coproduce.payment.privacy;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.coproduce.platform.privacy.Erasure;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Erases here a person erased in the register: every personal data feature of this service wipes
 * what it holds, in the transaction of the inbox row. A message that cannot be read is parked in
 * the dead-letter topic.
 */
@ApplicationScoped
public class PersonErasedConsumer {
  static final String CONSUMER = "payment-service.erasure";

  private final Erasure erasure;

  public PersonErasedConsumer(Erasure erasure) {
    this.erasure = erasure;
  }

  @Incoming("person-erasures")
  @Blocking
  public void on(String message) {
    erasure.onRegisterEvent(CONSUMER, message);
  }
}
