package org.coproduce.gateway.privacy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.coproduce.gateway.GatewayConfig;
import org.coproduce.gateway.edge.EdgeFilters;
import org.coproduce.gateway.edge.Problems;
import org.coproduce.gateway.routing.ApiProxy;
import org.jboss.logging.Logger;

/**
 * {@code GET /api/subject-access/{personId}}: one file with everything every service holds about a
 * person (UK GDPR subject access), from each service's own export, asked with the caller's token so
 * each service decides what the caller may see. The file is whole or not given: a service that does
 * not answer makes it a 503, never a file with a part missing.
 */
@ApplicationScoped
public class SubjectAccessRoutes {
  private static final Logger LOG = Logger.getLogger(SubjectAccessRoutes.class);

  private final GatewayConfig config;
  private final ApiProxy services;

  public SubjectAccessRoutes(GatewayConfig config, ApiProxy services) {
    this.config = config;
    this.services = services;
  }

  void routes(@Observes Router router) {
    router.get("/api/subject-access/:personId").handler(this::export);
  }

  private void export(RoutingContext rc) {
    String token = ApiProxy.accessToken(rc);
    if (token == null) {
      Problems.send(rc, 401, "Not signed in", "Sign in, or send a bearer token");
      return;
    }
    UUID personId = personId(rc);
    if (personId == null) {
      return;
    }
    String requestId = rc.request().getHeader(EdgeFilters.REQUEST_ID);
    Map<String, CompletableFuture<ApiProxy.Answer>> answers = new LinkedHashMap<>();
    for (String service : new TreeSet<>(config.services().keySet())) {
      answers.put(
          service,
          services
              .get(service, "/v1/subject-access/" + personId, token, requestId)
              .toCompletableFuture());
    }
    CompletableFuture.allOf(answers.values().toArray(CompletableFuture[]::new))
        .whenComplete((done, failure) -> respond(rc, personId, answers, requestId));
  }

  private static void respond(
      RoutingContext rc,
      UUID personId,
      Map<String, CompletableFuture<ApiProxy.Answer>> answers,
      String requestId) {
    JsonObject held = new JsonObject();
    for (Map.Entry<String, CompletableFuture<ApiProxy.Answer>> entry : answers.entrySet()) {
      String service = entry.getKey();
      ApiProxy.Answer answer = entry.getValue().exceptionally(failure -> null).join();
      if (answer == null) {
        LOG.warnf("Subject access: service %s did not answer (request %s)", service, requestId);
        Problems.send(
            rc,
            503,
            "Service unavailable",
            "The "
                + service
                + " service did not answer, so the export would be incomplete; try"
                + " again shortly");
        return;
      }
      if (answer.status() == 200) {
        held.put(service, answer.body().toJsonObject());
      } else if (answer.status() != 404) {
        Problems.send(
            rc,
            answer.status(),
            answer.status() == 403 ? "Forbidden" : "Refused",
            "The " + service + " service refused the export");
        return;
      }
    }
    if (held.isEmpty()) {
      Problems.send(rc, 404, "Not found", "Person " + personId + " was not found");
      return;
    }
    JsonObject file =
        new JsonObject()
            .put("personId", personId.toString())
            .put("generatedAt", Instant.now().toString())
            .put("services", held);
    rc.response()
        .putHeader("Content-Type", "application/json")
        .putHeader(
            "Content-Disposition",
            "attachment; filename=\"coproduce-subject-access-" + personId + ".json\"")
        .putHeader("Cache-Control", "no-store")
        .end(file.encodePrettily());
  }

  private static UUID personId(RoutingContext rc) {
    try {
      return UUID.fromString(rc.pathParam("personId"));
    } catch (IllegalArgumentException e) {
      rc.response()
          .setStatusCode(400)
          .putHeader("Content-Type", "application/problem+json")
          .end(
              Problems.json(400, "Invalid request", "personId: must be a UUID")
                  .put(
                      "errors",
                      new JsonArray()
                          .add(
                              new JsonObject()
                                  .put("field", "personId")
                                  .put("message", "must be a UUID")))
                  .encode());
      return null;
    }
  }
}
