package org.coproduce.events;

import java.util.List;

/**
 * Kafka topic names: one per producing service and aggregate family; the key is the aggregate id.
 */
public final class Topics {
  public static final String PROJECT_EVENTS = "project.events.v1";
  public static final String INVOLVEMENT_EVENTS = "involvement.events.v1";
  public static final String PAYMENT_EVENTS = "payment.events.v1";

  /** Every topic events are published on; projections replay them from the beginning. */
  public static List<String> all() {
    return List.of(PROJECT_EVENTS, INVOLVEMENT_EVENTS, PAYMENT_EVENTS);
  }

  /** Where a consumer parks a message it cannot handle, with the reason in the headers. */
  public static String deadLetter(String topic) {
    return topic + ".dlq";
  }

  private Topics() {}
}
