package org.coproduce.gateway.routing;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.coproduce.gateway.GatewayConfig;
import org.coproduce.gateway.edge.EdgeFilters;
import org.coproduce.gateway.edge.Problems;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Routes {@code /api/{service}/...} to {@code {service url}/api/...} with the caller's access
 * token, streaming bodies both ways. A service that is down, slow or failing fast behind an open
 * circuit gives the caller a 503 problem+json, never a hang.
 */
@ApplicationScoped
public class ApiProxy {
  private static final Logger LOG = Logger.getLogger(ApiProxy.class);

  /** Hop-by-hop headers and the caller's credentials are not passed on as they came. */
  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "host",
          "connection",
          "keep-alive",
          "transfer-encoding",
          "te",
          "trailer",
          "upgrade",
          "proxy-authorization",
          "authorization",
          "cookie",
          "x-xsrf-token");

  private static final Set<Integer> UPSTREAM_FAILURES = Set.of(502, 503, 504);

  private final GatewayConfig config;
  private final ServiceGuards guards;
  private HttpClient client;

  public ApiProxy(GatewayConfig config, ServiceGuards guards) {
    this.config = config;
    this.guards = guards;
  }

  void routes(@Observes Router router, Vertx vertx) {
    client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout((int) Math.min(config.timeout().toMillis(), 5_000))
                .setKeepAlive(true));
    String services = String.join("|", config.services().keySet());
    router.routeWithRegex("/api/(" + services + ")(/.*)").handler(this::forward);
  }

  /** The caller's access token (from the session or the bearer header), or null without one. */
  public static String accessToken(RoutingContext rc) {
    SecurityIdentity identity =
        rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    AccessTokenCredential token =
        identity == null ? null : identity.getCredential(AccessTokenCredential.class);
    return token == null ? null : token.getToken();
  }

  /** A service's whole answer to a call the gateway makes itself. */
  public record Answer(int status, Buffer body) {}

  /**
   * GETs {@code /api{path}} of a service with the caller's access token, behind the service's guard
   * as a routed call is. Fails when the service is down, slow, cut off or answers 5xx.
   */
  public CompletionStage<Answer> get(
      String service, String path, String accessToken, String requestId) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setAbsoluteURI(config.services().get(service) + "/api" + path)
            .setIdleTimeout(config.timeout().toMillis())
            .putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
            .putHeader(HttpHeaders.ACCEPT, "application/json")
            .putHeader(EdgeFilters.REQUEST_ID, requestId);
    return guards
        .of(service)
        .get(
            () ->
                client
                    .request(options)
                    .compose(HttpClientRequest::send)
                    .compose(ApiProxy::failOnUpstreamFailure)
                    .toCompletionStage())
        .thenCompose(
            response -> {
              Future<Buffer> body = response.body();
              response.resume();
              return body.map(read -> new Answer(response.statusCode(), read)).toCompletionStage();
            })
        .thenCompose(
            answer ->
                answer.status() >= 500
                    ? CompletableFuture.failedStage(
                        new IllegalStateException("answered " + answer.status()))
                    : CompletableFuture.completedStage(answer));
  }

  private void forward(RoutingContext rc) {
    String token = accessToken(rc);
    if (token == null) {
      Problems.send(rc, 401, "Not signed in", "Sign in, or send a bearer token");
      return;
    }
    String service = rc.pathParam("param0");
    URI base = config.services().get(service);
    HttpServerRequest in = rc.request();
    // The path goes on exactly as the caller wrote it (PathGuard has refused what could be
    // decoded into another path), never as the router decoded it.
    String prefix = "/api/" + service + "/";
    if (!in.path().startsWith(prefix)) {
      Problems.send(rc, 400, "Invalid path", "The service name in the path must not be encoded");
      return;
    }
    in.pause();
    RequestOptions options =
        new RequestOptions()
            .setMethod(in.method())
            .setAbsoluteURI(base + "/api/" + in.path().substring(prefix.length()) + query(in))
            .setIdleTimeout(config.timeout().toMillis());
    long started = System.nanoTime();
    guards
        .of(service)
        .get(() -> send(in, options, token))
        .whenComplete(
            (response, failure) -> {
              if (failure != null) {
                unavailable(rc, service, base, failure);
              } else {
                relay(rc, service, base, response);
                LOG.debugf(
                    "%s %s -> %d in %d ms",
                    in.method(),
                    service,
                    response.statusCode(),
                    (System.nanoTime() - started) / 1_000_000);
              }
            });
  }

  private CompletionStage<HttpClientResponse> send(
      HttpServerRequest in, RequestOptions options, String accessToken) {
    return client
        .request(options)
        .compose(
            out -> {
              in.headers()
                  .forEach(
                      (name, value) -> {
                        if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                          out.headers().add(name, value);
                        }
                      });
              out.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
              out.putHeader("X-Forwarded-For", in.remoteAddress().hostAddress());
              out.putHeader("X-Forwarded-Proto", in.scheme());
              return out.send(in);
            })
        .compose(ApiProxy::failOnUpstreamFailure)
        .toCompletionStage();
  }

  /**
   * Only what says the service or the way to it is failing counts against its circuit breaker: a
   * bad gateway, unavailable or timeout answer (and, through the guard, a refused connection or no
   * answer in time). A 4xx or a 500 may be caused by what one caller sent, and one caller must not
   * cut a service off for everyone.
   */
  private static Future<HttpClientResponse> failOnUpstreamFailure(HttpClientResponse response) {
    response.pause(); // the body waits until it is read or piped to the caller
    return UPSTREAM_FAILURES.contains(response.statusCode())
        ? Future.failedFuture(new ServiceFailed(response))
        : Future.succeededFuture(response);
  }

  private static void relay(
      RoutingContext rc, String service, URI base, HttpClientResponse response) {
    rc.response().setStatusCode(response.statusCode());
    response
        .headers()
        .forEach(
            (name, value) -> {
              if ("location".equalsIgnoreCase(name)) {
                rc.response().headers().add(name, publicLocation(rc, service, base, value));
              } else if (!NOT_FORWARDED.contains(name.toLowerCase())
                  && !"set-cookie".equalsIgnoreCase(name)) {
                rc.response().headers().add(name, value);
              }
            });
    // A service streams large answers (exports, long lists) without a Content-Length; they go on
    // to the caller in chunks as they arrive, never buffered whole.
    if (response.getHeader(HttpHeaders.CONTENT_LENGTH) == null
        && "chunked".equalsIgnoreCase(response.getHeader(HttpHeaders.TRANSFER_ENCODING))) {
      rc.response().setChunked(true);
    }
    response.pipeTo(rc.response());
  }

  /**
   * A service names what it created by its own address ({@code http://127.0.0.1:8082/api/v1/x});
   * the caller gets the gateway's public one ({@code https://host/api/involvement/v1/x}), as the
   * caller reached it (forwarded headers count only from trusted proxies).
   */
  static String publicLocation(RoutingContext rc, String service, URI base, String location) {
    URI target;
    try {
      target = new URI(location);
    } catch (URISyntaxException e) {
      return location;
    }
    String servicePath = base.getRawPath() == null ? "" : base.getRawPath();
    boolean fromService =
        target.getRawAuthority() == null
            || target.getRawAuthority().equalsIgnoreCase(base.getRawAuthority());
    String path = target.getRawPath() == null ? "" : target.getRawPath();
    if (!fromService || !path.startsWith(servicePath + "/api/")) {
      return location;
    }
    URI caller = URI.create(rc.request().absoluteURI());
    return caller.getScheme()
        + "://"
        + caller.getRawAuthority()
        + "/api/"
        + service
        + path.substring(servicePath.length() + "/api".length())
        + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
  }

  private static void unavailable(RoutingContext rc, String service, URI base, Throwable failure) {
    Throwable cause =
        failure.getCause() != null && !(failure instanceof ServiceFailed)
            ? failure.getCause()
            : failure;
    if (cause instanceof ServiceFailed failed) {
      relay(rc, service, base, failed.response);
      return;
    }
    String reason =
        cause instanceof CircuitBreakerOpenException
            ? "is failing; not calling it for a while"
            : "did not answer";
    LOG.warnf(
        "Service %s %s: %s (request %s)",
        service, reason, cause.toString(), rc.request().getHeader(EdgeFilters.REQUEST_ID));
    Problems.send(
        rc,
        503,
        "Service unavailable",
        "The " + service + " service " + reason + "; try again shortly");
  }

  private static String query(HttpServerRequest in) {
    return in.query() == null ? "" : "?" + in.query();
  }

  /**
   * A 502-504 from a service: counted by its circuit breaker, still relayed to the caller as it is.
   */
  static final class ServiceFailed extends RuntimeException {
    final transient HttpClientResponse response;

    ServiceFailed(HttpClientResponse response) {
      super("answered " + response.statusCode(), null, false, false);
      this.response = response;
    }
  }
}
