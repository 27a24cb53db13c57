package org.coproduce.gateway.openapi;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.coproduce.gateway.GatewayConfig;

/** Serves the whole API's OpenAPI document (built with the services) at /q/openapi. */
@ApplicationScoped
public class OpenApiRoutes {
  static final String DOCUMENT = "openapi/coproduce-api.json";

  private final String document;

  public OpenApiRoutes(GatewayConfig config) {
    this.document = load().replace(OpenApiMerger.TOKEN_URL_PLACEHOLDER, config.tokenUrl());
  }

  void routes(@Observes Router router) {
    router
        .get("/q/openapi")
        .handler(rc -> rc.response().putHeader("Content-Type", "application/json").end(document));
  }

  private static String load() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is missing: the build merges it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
