package org.coproduce.events;

/**
 * Kafka topic names: one per producing service and aggregate family; the key is the aggregate id.
 */
public final class Topics {
  public static final String PROJECT_EVENTS = "project.events.v1";
  public static final String INVOLVEMENT_EVENTS = "involvement.events.v1";
  public static final String PAYMENT_EVENTS = "payment.events.v1";

  /** Where a consumer parks a message it cannot handle, with the reason in the headers. */
  public static String deadLetter(String topic) {
    return topic + ".dlq";
  }

  private Topics() {}
}
