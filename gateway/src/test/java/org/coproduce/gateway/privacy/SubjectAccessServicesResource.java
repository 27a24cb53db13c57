package org.coproduce.gateway.privacy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Four services behind the gateway, as one real HTTP server that tells them apart by the first
 * segment of the path. Each answers a subject-access request with what it received; a few person
 * ids make them answer otherwise, so a test can have a service not know the person or fail.
 */
public class SubjectAccessServicesResource implements QuarkusTestResourceLifecycleManager {
  /** No service holds anything about this person. */
  static final UUID NOBODY = UUID.fromString("00000000-0000-0000-0000-000000000404");

  /** Only involvement-service knows this person. */
  static final UUID REGISTER_ONLY = UUID.fromString("00000000-0000-0000-0000-000000000001");

  /** payment-service fails when asked about this person. */
  static final UUID PAYMENTS_FAIL = UUID.fromString("00000000-0000-0000-0000-000000000500");

  private Vertx vertx;

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    HttpServer server =
        vertx.createHttpServer().requestHandler(SubjectAccessServicesResource::answer);
    try {
      server
          .listen(0, "127.0.0.1")
          .toCompletionStage()
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("The stand-in services did not start", e);
    }
    String base = "http://127.0.0.1:" + server.actualPort() + "/";
    return Map.of(
        "coproduce.gateway.services.projects", base + "projects",
        "coproduce.gateway.services.involvement", base + "involvement",
        "coproduce.gateway.services.payments", base + "payments",
        "coproduce.gateway.services.strategy", base + "strategy",
        "coproduce.gateway.timeout", "PT3S");
  }

  private static void answer(HttpServerRequest request) {
    String[] path = request.path().split("/");
    String service = path[1];
    UUID personId = UUID.fromString(path[path.length - 1]);
    int status =
        personId.equals(NOBODY)
                || (personId.equals(REGISTER_ONLY) && !service.equals("involvement"))
            ? 404
            : personId.equals(PAYMENTS_FAIL) && service.equals("payments") ? 500 : 200;
    JsonObject body =
        new JsonObject()
            .put("personId", personId.toString())
            .put("service", service + "-service")
            .put(
                "sections",
                new JsonObject()
                    .put(
                        "seen",
                        new JsonObject()
                            .put("path", request.path())
                            .put("authorization", request.getHeader("Authorization"))
                            .put("requestId", request.getHeader("X-Request-Id"))));
    request
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", status == 200 ? "application/json" : "application/problem+json")
        .end(body.encode());
  }

  @Override
  public void stop() {
    if (vertx != null) {
      vertx.close();
    }
  }
}
