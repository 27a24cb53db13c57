package org.coproduce.gateway.edge;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * An invalid or expired token or session on the API is answered with 401 problem+json (Quarkus
 * would end it with an empty body) and counted against the caller's address; a page keeps its
 * redirect to sign in.
 */
@ApplicationScoped
public class FailureProblems {
  private final RateLimiter limiter;

  public FailureProblems(RateLimiter limiter) {
    this.limiter = limiter;
  }

  void routes(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
  }

  private void handle(RoutingContext rc) {
    if (!causedBy(rc.failure(), AuthenticationFailedException.class)) {
      rc.next();
      return;
    }
    limiter.authenticationFailed(rc);
    if (!rc.request().path().startsWith("/api/")) {
      rc.next(); // a page keeps the challenge Quarkus set up (the redirect to sign in)
      return;
    }
    rc.response().headers().remove("Location");
    Problems.send(
        rc, 401, "Not signed in", "The token or session is invalid or has expired; sign in again");
  }

  /** Whether the failure or one of its causes is of the type (its root is a JWT library's). */
  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
