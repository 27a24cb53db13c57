package org.coproduce.gateway.edge;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Failures the gateway answers itself are problem+json too: an invalid or expired token or session
 * (401, counted against the caller's address), and a request Vert.x could not route (a bare 4xx
 * before). A browser page whose session ended keeps its redirect to sign in.
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
    if (rootCause(rc.failure()) instanceof AuthenticationFailedException) {
      limiter.authenticationFailed(rc);
      if (rc.response().getStatusCode() != 401 && !rc.request().path().startsWith("/api/")) {
        rc.next(); // the sign-in redirect the challenge set up
        return;
      }
      rc.response().headers().remove("Location");
      Problems.send(
          rc, 401, "Not signed in", "The token or session is invalid or has expired; sign in");
      return;
    }
    int status = rc.statusCode();
    if (status >= 400 && status < 500) {
      Problems.send(
          rc, status, HttpResponseStatus.valueOf(status).reasonPhrase(), "The request was refused");
      return;
    }
    rc.next();
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
