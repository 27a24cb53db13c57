package org.coproduce.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says how many parked records wait for a redrive, per consumer. Always up: an instance with parked
 * records still serves and consumes everything else, and taking it out of rotation would not bring
 * them back; the detail (and the {@code coproduce_dead_letters_parked_total} counter) is for
 * operators and alerts.
 */
@Readiness
@ApplicationScoped
public class DeadLetterHealthCheck implements HealthCheck {
  private final DeadLetters deadLetters;

  public DeadLetterHealthCheck(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("Dead letters").up();
    try {
      Map<String, Long> waiting = deadLetters.waiting();
      response.withData("waiting", waiting.values().stream().mapToLong(Long::longValue).sum());
      waiting.forEach(response::withData);
    } catch (RuntimeException e) {
      response.withData("waiting", "unknown: the database did not answer");
    }
    return response.build();
  }
}
