package org.coproduce.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Puts the request id in the log context for the request and echoes it in the response. */
public class RequestIdFilter {
  /** Only ids that are safe to log and echo are taken from the caller. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @ServerRequestFilter(preMatching = true)
  public void onRequest(ContainerRequestContext request) {
    String given = request.getHeaderString(RequestId.HEADER);
    String id =
        given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    MDC.put(RequestId.MDC_KEY, id);
    request.setProperty(RequestId.MDC_KEY, id);
  }

  @ServerResponseFilter
  public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(RequestId.MDC_KEY);
    if (id != null) {
      response.getHeaders().putSingle(RequestId.HEADER, id);
    }
    MDC.remove(RequestId.MDC_KEY);
  }
}
