package org.coproduce.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * The id of the request being served: taken from {@code X-Request-Id} (the gateway sets it) or made
 * here, put in every log line, returned to the caller and used as the correlation id of events.
 */
public final class RequestId {
  public static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "requestId";

  public static String currentOrNew() {
    Object current = MDC.get(MDC_KEY);
    return current == null ? UUID.randomUUID().toString() : current.toString();
  }

  /** The id this request was given by {@link RequestIdFilter}, which its response echoes. */
  public static String of(ContainerRequestContext request) {
    Object given = request.getProperty(MDC_KEY);
    return given == null ? currentOrNew() : given.toString();
  }

  private RequestId() {}
}
