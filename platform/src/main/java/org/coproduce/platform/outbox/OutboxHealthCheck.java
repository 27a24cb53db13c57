package org.coproduce.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Covers the producing side: down when an event has waited longer than {@code
 * coproduce.outbox.ready-max-age} (the broker is unreachable or refusing, so what this instance
 * records is not reaching anyone). Parked events are reported but do not make it down: they need an
 * operator, not a different instance.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {
  private final OutboxRelay relay;
  private final OutboxConfig config;

  public OutboxHealthCheck(OutboxRelay relay, OutboxConfig config) {
    this.relay = relay;
    this.config = config;
  }

  @Override
  public HealthCheckResponse call() {
    OutboxBacklog backlog = relay.backlog();
    double age = backlog.ageSeconds();
    return HealthCheckResponse.named("Outbox relay")
        .status(age <= config.readyMaxAge().toSeconds())
        .withData("oldestUnpublishedAgeSeconds", (long) age)
        .withData("parked", backlog.parked())
        .build();
  }
}
