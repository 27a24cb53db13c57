package org.coproduce.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.Principal;
import java.time.Duration;
import org.coproduce.gateway.GatewayConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Token buckets on the API. Each verified caller (the token's subject: a user, whether by session
 * or bearer token, or a third-party client) has a bucket, and a caller without credentials shares
 * the bucket of its address; so a new or altered Authorization header per request buys no new
 * bucket. Failed authentications (a bad token, a forged session id) count against the address they
 * came from, and an address that used up its failures is refused before its credentials are even
 * checked. The address is the connection's, or the one a trusted proxy forwarded
 * (quarkus.http.proxy settings), never one the caller merely claims. Over a limit the caller gets
 * 429 with Retry-After.
 */
@ApplicationScoped
public class RateLimiter {
  private final Cache<String, Bucket> callers = newCache();
  private final Cache<String, Bucket> failures = newCache();
  private final int perMinute;
  private final int failuresPerMinute;

  public RateLimiter(GatewayConfig config) {
    this.perMinute = config.requestsPerMinute();
    this.failuresPerMinute = config.failedAuthenticationsPerMinute();
  }

  @RouteFilter(250) // before authentication (200): a guessing address costs no token check
  void refuseAddressesThatKeepFailing(RoutingContext rc) {
    Bucket failed = limited(rc) ? failures.getIfPresent(addressOf(rc)) : null;
    EstimationProbe probe = failed == null ? null : failed.estimateAbilityToConsume(1);
    if (probe != null && !probe.canBeConsumed()) {
      tooMany(rc, probe.getNanosToWaitForRefill(), "Too many failed sign-ins from your address");
      return;
    }
    rc.next();
  }

  @RouteFilter(190) // after authentication (200): the caller is known
  void limit(RoutingContext rc) {
    if (!limited(rc)) {
      rc.next();
      return;
    }
    ConsumptionProbe probe =
        callers.get(callerOf(rc), key -> newBucket(perMinute)).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      rc.next();
      return;
    }
    tooMany(rc, probe.getNanosToWaitForRefill(), "Slow down");
  }

  /** Counts a failed authentication against the address the request came from. */
  public void authenticationFailed(RoutingContext rc) {
    failures.get(addressOf(rc), key -> newBucket(failuresPerMinute)).tryConsume(1);
  }

  private static boolean limited(RoutingContext rc) {
    return rc.request().path().startsWith("/api/");
  }

  private static void tooMany(RoutingContext rc, long nanosToWait, String why) {
    long seconds = Math.max(1, Duration.ofNanos(nanosToWait).toSeconds());
    rc.response().putHeader("Retry-After", Long.toString(seconds));
    Problems.send(rc, 429, "Too many requests", why + " and try again in " + seconds + " s");
  }

  static String callerOf(RoutingContext rc) {
    SecurityIdentity identity =
        rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    if (identity == null || identity.isAnonymous()) {
      return "address:" + addressOf(rc);
    }
    Principal principal = identity.getPrincipal();
    String subject = principal instanceof JsonWebToken token ? token.getSubject() : null;
    return "caller:" + (subject != null ? subject : principal.getName());
  }

  static String addressOf(RoutingContext rc) {
    return rc.request().remoteAddress().hostAddress();
  }

  private static Cache<String, Bucket> newCache() {
    return Caffeine.newBuilder()
        .expireAfterAccess(Duration.ofMinutes(10))
        .maximumSize(100_000)
        .build();
  }

  private static Bucket newBucket(int perMinute) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(perMinute)
                .refillIntervally(perMinute, Duration.ofMinutes(1))
                .build())
        .build();
  }
}
