package org.coproduce.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real HTTP servers in the services' places: one that answers with what it received (so a test sees
 * exactly what the gateway sent on), and an address where nothing listens (a service that is down).
 * Also a small built web app for the gateway to serve.
 */
public class BackendServicesResource implements QuarkusTestResourceLifecycleManager {
  private Vertx vertx;

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    HttpServer echo =
        vertx
            .createHttpServer()
            .requestHandler(
                request ->
                    request
                        .body()
                        .onSuccess(
                            body -> {
                              if (request.path().endsWith("/streamed")) {
                                stream(request.response());
                                return;
                              }
                              int status = statusFor(request.path());
                              if (status == 201) {
                                request
                                    .response()
                                    .putHeader(
                                        "Location",
                                        "http://"
                                            + request.getHeader("Host")
                                            + "/api/v1/things/42?view=full");
                              }
                              JsonObject seen =
                                  new JsonObject()
                                      .put("method", request.method().name())
                                      .put("path", request.path())
                                      .put("query", request.query())
                                      .put("authorization", request.getHeader("Authorization"))
                                      .put("requestId", request.getHeader("X-Request-Id"))
                                      .put("cookie", request.getHeader("Cookie"))
                                      .put("body", body.toString());
                              request
                                  .response()
                                  .setStatusCode(status)
                                  .putHeader("Content-Type", "application/json")
                                  .end(seen.encode());
                            }));
    try {
      echo.listen(0, "127.0.0.1")
          .toCompletionStage()
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
      String echoUrl = "http://127.0.0.1:" + echo.actualPort();
      return Map.of(
          "coproduce.gateway.services.projects",
          echoUrl,
          "coproduce.gateway.services.involvement",
          echoUrl,
          "coproduce.gateway.services.payments",
          echoUrl,
          "coproduce.gateway.services.strategy",
          "http://127.0.0.1:" + closedPort(),
          "coproduce.gateway.timeout",
          "PT3S",
          "coproduce.gateway.spa-dir",
          webApp().toString());
    } catch (Exception e) {
      throw new IllegalStateException("The stand-in services did not start", e);
    }
  }

  /**
   * Answers as a service streams a file: chunked, without a Content-Length, in many writes, as
   * payment-service does with an export.
   */
  static void stream(HttpServerResponse response) {
    response.setChunked(true).putHeader("Content-Type", "text/csv");
    for (int line = 1; line <= STREAMED_LINES; line++) {
      response.write("line " + line + "\r\n");
    }
    response.end();
  }

  static final int STREAMED_LINES = 20_000;

  /**
   * What a stand-in service answers by the end of the path: a crash its input caused (500), a
   * refusal (400), a failing proxy in front of it (502), something created (201 with Location).
   */
  private static int statusFor(String path) {
    if (path.endsWith("/boom")) {
      return 500;
    }
    if (path.endsWith("/refused")) {
      return 400;
    }
    if (path.endsWith("/bad-gateway")) {
      return 502;
    }
    return path.endsWith("/created") ? 201 : 200;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Path webApp() {
    try {
      Path dir = Files.createTempDirectory("coproduce-spa-");
      Files.writeString(dir.resolve("index.html"), "<!doctype html><title>Coproduce</title>");
      Files.createDirectories(dir.resolve("assets"));
      Files.writeString(dir.resolve("assets/app.js"), "console.log('app');");
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    if (vertx != null) {
      vertx.close();
    }
  }
}
