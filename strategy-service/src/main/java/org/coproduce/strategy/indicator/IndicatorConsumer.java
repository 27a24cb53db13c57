package org.coproduce.strategy.indicator;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coproduce.platform.messaging.Deliveries;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds every service's topic into the indicator projection. Each topic is its own channel so a
 * poison message is parked in that topic's dead-letter queue ({@link Deliveries}).
 */
@ApplicationScoped
public class IndicatorConsumer {
  private final IndicatorProjection projection;
  private final Deliveries deliveries;

  public IndicatorConsumer(IndicatorProjection projection, Deliveries deliveries) {
    this.projection = projection;
    this.deliveries = deliveries;
  }

  @Incoming("project-events")
  @Blocking
  public void onProjectEvent(ConsumerRecord<String, String> record) {
    deliveries.handle(IndicatorProjection.CONSUMER, record, projection::apply);
  }

  @Incoming("involvement-events")
  @Blocking
  public void onInvolvementEvent(ConsumerRecord<String, String> record) {
    deliveries.handle(IndicatorProjection.CONSUMER, record, projection::apply);
  }

  @Incoming("payment-events")
  @Blocking
  public void onPaymentEvent(ConsumerRecord<String, String> record) {
    deliveries.handle(IndicatorProjection.CONSUMER, record, projection::apply);
  }
}
