package org.coproduce.platform.web;

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

  private RequestId() {}
}
