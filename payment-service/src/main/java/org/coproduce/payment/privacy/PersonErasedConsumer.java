package org.coproduce.payment.privacy;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coproduce.platform.messaging.Deliveries;
import org.coproduce.platform.privacy.Erasure;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Erases here a person erased in the register: every personal data feature of this service wipes
 * what it holds, in the transaction of the inbox row. A database blip is retried; a message that
 * cannot be read is parked in the dead-letter topic ({@link Deliveries}).
 */
@ApplicationScoped
public class PersonErasedConsumer {
  static final String CONSUMER = "payment-service.erasure";

  private final Erasure erasure;
  private final Deliveries deliveries;

  public PersonErasedConsumer(Erasure erasure, Deliveries deliveries) {
    this.erasure = erasure;
    this.deliveries = deliveries;
  }

  @Incoming("person-erasures")
  @Blocking
  public void on(ConsumerRecord<String, String> record) {
    deliveries.handle(CONSUMER, record, message -> erasure.onRegisterEvent(CONSUMER, message));
  }
}
