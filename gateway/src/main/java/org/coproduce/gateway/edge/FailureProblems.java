package org.coproduce.gateway.edge;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;

/**
 * Failures the gateway answers itself are problem+json too: an invalid or expired token or session
 * on the API (401, counted against the caller's address; a page keeps its redirect to sign in), and
 * a request Vert.x refused before any route (a bare 4xx before).
 */
@ApplicationScoped
public class FailureProblems {
  private final RateLimiter limiter;

  public FailureProblems(RateLimiter limiter) {
    this.limiter = limiter;
  }

  void routes(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).failureHandler(FailureProblems::refused);
  }

  /** Before authentication (200): how the API answers a failed one. */
  @RouteFilter(260)
  void onApiAuthenticationFailure(RoutingContext rc) {
    if (rc.request().path().startsWith("/api/")) {
      rc.put(
          QuarkusHttpUser.AUTH_FAILURE_HANDLER,
          (BiConsumer<RoutingContext, Throwable>) this::authenticationFailed);
    }
    rc.next();
  }

  private void authenticationFailed(RoutingContext rc, Throwable failure) {
    if (!(rootCause(failure) instanceof AuthenticationFailedException)) {
      rc.fail(failure);
      return;
    }
    limiter.authenticationFailed(rc);
    rc.response().putHeader("WWW-Authenticate", "Bearer");
    Problems.send(
        rc, 401, "Not signed in", "The token or session is invalid or has expired; sign in again");
  }

  private static void refused(RoutingContext rc) {
    int status = rc.statusCode();
    if (status >= 400 && status < 500 && !rc.response().ended()) {
      Problems.send(
          rc, status, HttpResponseStatus.valueOf(status).reasonPhrase(), "The request was refused");
      return;
    }
    rc.next();
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
