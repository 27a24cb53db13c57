package org.coproduce.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Authentication failures as problem+json, like every other refusal: a missing token on a
 * protected endpoint, and an invalid, expired or wrongly addressed (audience) token. The latter is
 * refused by quarkus-oidc before any resource runs, with its challenge header and no body; a
 * failure handler ahead of Quarkus's own adds the body.
 */
@ApplicationScoped
public class AuthProblems {
  private static final String CHALLENGE = "Bearer";
  static final String INVALID_TOKEN = "The bearer token is invalid, has expired or is not for this API";

  void routes(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).failureHandler(AuthProblems::invalidToken);
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

  private static void invalidToken(RoutingContext rc) {
    if (!(rc.failure() instanceof AuthenticationFailedException) || rc.response().ended()) {
      rc.next();
      return;
    }
    if (rc.response().headers().get(HttpHeaders.WWW_AUTHENTICATE) == null) {
      rc.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    }
    rc.response()
        .setStatusCode(401)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(
            new JsonObject()
                .put("type", Problem.type(401).toString())
                .put("title", "Not signed in")
                .put("status", 401)
                .put("detail", INVALID_TOKEN)
                .encode());
  }
}
