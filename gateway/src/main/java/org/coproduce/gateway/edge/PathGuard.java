package org.coproduce.gateway.edge;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, before anything is authenticated or forwarded, a path that could mean something else
 * once a service decodes or normalises it: an encoded slash or backslash (it would cross into
 * another path, e.g. {@code /api/payments/..%2fq/metrics}), a dot-segment, plain or encoded, an
 * empty segment, a control character or a broken percent escape. The path is read as it came, not
 * as the router decoded it.
 */
public class PathGuard {

  @RouteFilter(390) // after the request id (400), before everything else
  void guard(RoutingContext rc) {
    String reason = problemWith(rc.request().path());
    if (reason != null) {
      Problems.send(rc, 400, "Invalid path", "The path " + reason);
      return;
    }
    rc.next();
  }

  /** Why the raw path is refused, or null when it is safe to route and forward as it is. */
  static String problemWith(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return "must start with /";
    }
    String[] segments = rawPath.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.isEmpty() && i < segments.length - 1) {
        return "has an empty segment (//)";
      }
      String decoded = decode(segment);
      if (decoded == null) {
        return "has a broken percent escape";
      }
      if (decoded.equals(".") || decoded.equals("..")) {
        return "has a dot-segment (. or ..)";
      }
      for (int c = 0; c < decoded.length(); c++) {
        char ch = decoded.charAt(c);
        if (ch == '/' || ch == '\\') {
          return "has an encoded slash or a backslash";
        }
        if (ch < 0x20 || ch == 0x7f) { // bytes of UTF-8 characters (0x80 up) are fine
          return "has a control character";
        }
      }
    }
    return null;
  }

  /** The segment with its percent escapes decoded byte by byte, or null when one is broken. */
  private static String decode(String segment) {
    StringBuilder decoded = new StringBuilder(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char ch = segment.charAt(i);
      if (ch != '%') {
        decoded.append(ch);
        continue;
      }
      if (i + 2 >= segment.length()) {
        return null;
      }
      int high = Character.digit(segment.charAt(i + 1), 16);
      int low = Character.digit(segment.charAt(i + 2), 16);
      if (high < 0 || low < 0) {
        return null;
      }
      decoded.append((char) (high * 16 + low));
      i += 2;
    }
    return decoded.toString();
  }
}
