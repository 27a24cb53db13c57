package org.coproduce.gateway.edge;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problem+json written by the gateway itself, in the services' shape. */
public final class Problems {

  public static void send(RoutingContext rc, int status, String title, String detail) {
    if (rc.response().headWritten()) {
      rc.response().reset();
      return;
    }
    rc.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/problem+json")
        .end(json(status, title, detail).encode());
  }

  public static JsonObject json(int status, String title, String detail) {
    return new JsonObject()
        .put("type", "https://coproduce.nhs.example/problems/" + status)
        .put("title", title)
        .put("status", status)
        .put("detail", detail);
  }

  private Problems() {}
}
