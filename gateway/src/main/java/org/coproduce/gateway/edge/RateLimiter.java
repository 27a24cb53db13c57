package org.coproduce.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.coproduce.gateway.GatewayConfig;

/**
 * A token bucket per client on the API: the session for the web app, the bearer token for a third
 * party, else the address. Over the limit a client gets 429 with Retry-After.
 */
@ApplicationScoped
public class RateLimiter {
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
  private final int perMinute;

  public RateLimiter(GatewayConfig config) {
    this.perMinute = config.requestsPerMinute();
  }

  @RouteFilter(300)
  void limit(RoutingContext rc) {
    if (!rc.normalizedPath().startsWith("/api/")) {
      rc.next();
      return;
    }
    ConsumptionProbe probe =
        buckets.get(clientOf(rc), key -> newBucket()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      rc.next();
      return;
    }
    long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    rc.response().putHeader("Retry-After", Long.toString(seconds));
    Problems.send(rc, 429, "Too many requests", "Slow down and try again in " + seconds + " s");
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(perMinute)
                .refillIntervally(perMinute, Duration.ofMinutes(1))
                .build())
        .build();
  }

  /** Never the raw token or cookie: a digest keeps secrets out of memory dumps of the cache. */
  private static String clientOf(RoutingContext rc) {
    String authorization = rc.request().getHeader("Authorization");
    if (authorization != null) {
      return "bearer:" + digest(authorization);
    }
    Cookie session = rc.request().getCookie("q_session");
    if (session != null) {
      return "session:" + digest(session.getValue());
    }
    return "address:" + rc.request().remoteAddress().hostAddress();
  }

  private static String digest(String value) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
