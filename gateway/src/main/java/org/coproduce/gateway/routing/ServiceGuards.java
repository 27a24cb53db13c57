package org.coproduce.gateway.routing;

import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.http.HttpClientResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.coproduce.gateway.GatewayConfig;

/**
 * A timeout and a circuit breaker per service: after half of 20 calls fail, the gateway stops
 * calling that service for 10 s and answers 503 at once, so one sick service cannot tie up the
 * door.
 */
@ApplicationScoped
public class ServiceGuards {
  private final Map<String, TypedGuard<CompletionStage<HttpClientResponse>>> guards =
      new ConcurrentHashMap<>();
  private final GatewayConfig config;

  public ServiceGuards(GatewayConfig config) {
    this.config = config;
  }

  public TypedGuard<CompletionStage<HttpClientResponse>> of(String service) {
    return guards.computeIfAbsent(service, this::create);
  }

  private TypedGuard<CompletionStage<HttpClientResponse>> create(String service) {
    return TypedGuard.create(new TypeLiteral<CompletionStage<HttpClientResponse>>() {})
        .withDescription("gateway -> " + service)
        .withTimeout()
        .duration(config.timeout().toMillis(), ChronoUnit.MILLIS)
        .done()
        .withCircuitBreaker()
        .name("gateway-" + service)
        .requestVolumeThreshold(20)
        .failureRatio(0.5)
        .delay(10, ChronoUnit.SECONDS)
        .done()
        .build();
  }
}
