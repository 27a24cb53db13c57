package org.coproduce.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.function.BiConsumer;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Authentication failures as problem+json, like every other refusal: a missing token on a protected
 * endpoint, and an invalid, expired or wrongly addressed (audience) token. The latter is refused by
 * quarkus-oidc before any resource runs, by the failure handler a request carries into
 * authentication; this one answers with a body.
 */
@ApplicationScoped
public class AuthProblems {
  private static final String CHALLENGE = "Bearer";
  private static final String INVALID_TOKEN =
      "The bearer token is invalid, has expired or is not meant for this API";

  /** Runs before authentication (priority 200), so authentication fails the way set here. */
  void filters(@Observes Filters filters) {
    filters.register(
        rc -> {
          rc.put(
              QuarkusHttpUser.AUTH_FAILURE_HANDLER,
              (BiConsumer<RoutingContext, Throwable>) AuthProblems::authenticationFailed);
          rc.next();
        },
        250);
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e) {
    return challenge(Problem.of(401, "Not signed in", "Send a bearer token"));
  }

  @ServerExceptionMapper
  public Response failed(AuthenticationFailedException e) {
    return challenge(Problem.of(401, "Not signed in", INVALID_TOKEN));
  }

  private static Response challenge(Problem problem) {
    return Response.fromResponse(ProblemMappers.respond(problem))
        .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
        .build();
  }

  private static void authenticationFailed(RoutingContext rc, Throwable failure) {
    if (!(rootCause(failure) instanceof AuthenticationFailedException) || rc.response().ended()) {
      rc.fail(failure);
      return;
    }
    rc.response()
        .setStatusCode(401)
        .putHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(
            new JsonObject()
                .put("type", Problem.type(401).toString())
                .put("title", "Not signed in")
                .put("status", 401)
                .put("detail", INVALID_TOKEN)
                .encode());
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
