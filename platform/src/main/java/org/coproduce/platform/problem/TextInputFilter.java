package org.coproduce.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path or query parameter holding the NUL character with 400 naming the parameter, before
 * a resource converts it or a query sends it to PostgreSQL (which would fail with 500).
 */
public class TextInputFilter {

  @ServerRequestFilter
  public void refuseNul(ContainerRequestContext request) {
    refuseNul(request.getUriInfo().getPathParameters());
    refuseNul(request.getUriInfo().getQueryParameters());
  }

  private static void refuseNul(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      if (StrictJson.contains(parameter.getKey())
          || parameter.getValue().stream().anyMatch(StrictJson::contains)) {
        throw new ProblemException.InvalidField(safeName(parameter.getKey()), StrictJson.MESSAGE);
      }
    }
  }

  /** A parameter's name goes back in the body, so a NUL in the name itself is shown escaped. */
  private static String safeName(String name) {
    return name.replace(String.valueOf(StrictJson.NUL), "\\u0000");
  }
}
