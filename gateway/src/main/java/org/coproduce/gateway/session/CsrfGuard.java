package org.coproduce.gateway.session;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.coproduce.gateway.edge.Problems;

/**
 * Double-submit CSRF protection for the web app: the gateway sets a random {@code XSRF-TOKEN}
 * cookie the app can read, and a state-changing API call that rides on the session cookie must echo
 * it in {@code X-XSRF-TOKEN}. Another site can make the browser send the cookie but cannot read it.
 * Calls with a bearer token carry no ambient credential and need no such check.
 */
public class CsrfGuard {
  public static final String COOKIE = "XSRF-TOKEN";
  public static final String HEADER = "X-XSRF-TOKEN";
  private static final Set<HttpMethod> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
  private static final SecureRandom RANDOM = new SecureRandom();

  @RouteFilter(
      350) // before authentication: a forged request is refused without touching the session
  void guard(RoutingContext rc) {
    Cookie token = rc.request().getCookie(COOKIE);
    if (token == null) {
      issue(rc);
    }
    if (SAFE.contains(rc.request().method())
        || !rc.normalizedPath().startsWith("/api/")
        || rc.request().getHeader("Authorization") != null
        || rc.request().getCookie("q_session") == null) {
      rc.next();
      return;
    }
    String echoed = rc.request().getHeader(HEADER);
    if (token == null || echoed == null || !same(token.getValue(), echoed)) {
      Problems.send(rc, 403, "Forbidden", "The request lacks a valid " + HEADER + " header");
      return;
    }
    rc.next();
  }

  private static void issue(RoutingContext rc) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    rc.response()
        .addCookie(
            Cookie.cookie(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .setPath("/")
                .setSameSite(CookieSameSite.STRICT)
                .setSecure(rc.request().isSSL())
                .setHttpOnly(false));
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
