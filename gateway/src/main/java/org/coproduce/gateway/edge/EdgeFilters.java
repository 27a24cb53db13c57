package org.coproduce.gateway.edge;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What every request gets at the door: a request id (kept from the caller when it is safe to log,
 * passed to the services and returned), over TLS (directly or behind a trusted proxy) HSTS, and on
 * every API answer {@code Cache-Control: no-store}, since most of them hold personal data and no
 * browser or shared cache may keep them. The other security headers are set by configuration.
 */
public class EdgeFilters {
  public static final String REQUEST_ID = "X-Request-Id";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @RouteFilter(400)
  void requestId(RoutingContext rc) {
    String given = rc.request().getHeader(REQUEST_ID);
    String id =
        given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    rc.request().headers().set(REQUEST_ID, id);
    rc.response().putHeader(REQUEST_ID, id);
    if (rc.request().isSSL()) {
      rc.response().putHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (rc.request().path().startsWith("/api/")) {
      rc.addHeadersEndHandler(done -> rc.response().headers().set("Cache-Control", "no-store"));
    }
    rc.next();
  }
}
