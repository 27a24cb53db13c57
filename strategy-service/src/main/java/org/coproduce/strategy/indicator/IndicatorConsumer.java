package org.coproduce.strategy.indicator;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds every service's topic into the indicator projection. Each topic is its own channel so a
 * poison message is parked in that topic's dead-letter queue.
 */
@ApplicationScoped
public class IndicatorConsumer {
  private final IndicatorProjection projection;

  public IndicatorConsumer(IndicatorProjection projection) {
    this.projection = projection;
  }

  @Incoming("project-events")
  @Blocking
  @Transactional
  public void onProjectEvent(String message) {
    projection.apply(message);
  }

  @Incoming("involvement-events")
  @Blocking
  @Transactional
  public void onInvolvementEvent(String message) {
    projection.apply(message);
  }

  @Incoming("payment-events")
  @Blocking
  @Transactional
  public void onPaymentEvent(String message) {
    projection.apply(message);
  }
}
