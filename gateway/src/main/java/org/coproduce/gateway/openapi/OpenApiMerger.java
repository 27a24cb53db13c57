package org.coproduce.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds the one OpenAPI document of the whole API from the services' own documents, as the gateway
 * exposes them: {@code /api/v1/x} of service {@code s} becomes {@code /api/s/v1/x}. Schemas that
 * two services name alike but define differently get the service's name in front. Run by the build,
 * so the document always matches the services built with it; a clash of operation ids fails the
 * build.
 */
public final class OpenApiMerger {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final String TOKEN_URL_PLACEHOLDER = "${token-url}";

  /** Arguments: the output files, then {@code service=path/to/openapi.json} per service. */
  public static void main(String[] args) throws IOException {
    Map<String, JsonNode> documents = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.contains("=")) {
        String[] parts = arg.split("=", 2);
        Path file = Path.of(parts[1]);
        if (!Files.exists(file)) {
          throw new IllegalStateException(
              "No OpenAPI document at " + file + ": build the services before the gateway");
        }
        documents.put(parts[0], JSON.readTree(file.toFile()));
      }
    }
    ObjectNode merged = merge(documents);
    for (String arg : args) {
      if (!arg.contains("=")) {
        Path out = Path.of(arg);
        Files.createDirectories(out.getParent());
        JSON.writeValue(out.toFile(), merged);
      }
    }
  }

  public static ObjectNode merge(Map<String, JsonNode> documents) {
    ObjectNode merged = JSON.createObjectNode().put("openapi", "3.1.0");
    merged
        .putObject("info")
        .put("title", "Coproduce API")
        .put("version", "1.0")
        .put(
            "description",
            "The whole Coproduce API through its gateway. Third-party systems use OAuth2 client"
                + " credentials with the scopes they need; the web app uses its session.");
    merged.putArray("servers").addObject().put("url", "/").put("description", "This gateway");
    ObjectNode paths = merged.putObject("paths");
    ObjectNode schemas = merged.putObject("components").putObject("schemas");
    ArrayNode tags = merged.putArray("tags");
    Set<String> operationIds = new HashSet<>();
    documents.forEach(
        (service, document) -> {
          Map<String, String> renames =
              renames(service, document.path("components").path("schemas"), schemas);
          JsonNode rewritten = rewriteRefs(document.deepCopy(), renames);
          rewritten
              .path("components")
              .path("schemas")
              .fields()
              .forEachRemaining(
                  schema ->
                      schemas.set(
                          renames.getOrDefault(schema.getKey(), schema.getKey()),
                          schema.getValue()));
          rewritten
              .path("paths")
              .fields()
              .forEachRemaining(
                  path -> {
                    checkOperationIds(path.getValue(), operationIds);
                    paths.set(
                        path.getKey().replaceFirst("^/api/", "/api/" + service + "/"),
                        path.getValue());
                  });
          rewritten.path("tags").forEach(tags::add);
        });
    addSecurity(merged);
    return merged;
  }

  private static Map<String, String> renames(
      String service, JsonNode incoming, ObjectNode existing) {
    Map<String, String> renames = new HashMap<>();
    incoming
        .fields()
        .forEachRemaining(
            schema -> {
              JsonNode already = existing.get(schema.getKey());
              if (already != null && !already.equals(schema.getValue())) {
                renames.put(schema.getKey(), capitalised(service) + schema.getKey());
              }
            });
    return renames;
  }

  private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renames) {
    if (renames.isEmpty()) {
      return node;
    }
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual()) {
        String name = ref.asText().replace("#/components/schemas/", "");
        if (renames.containsKey(name)) {
          object.put("$ref", "#/components/schemas/" + renames.get(name));
        }
      }
      object.fields().forEachRemaining(field -> rewriteRefs(field.getValue(), renames));
    } else if (node instanceof ArrayNode array) {
      array.forEach(item -> rewriteRefs(item, renames));
    }
    return node;
  }

  private static void checkOperationIds(JsonNode pathItem, Set<String> seen) {
    pathItem
        .fields()
        .forEachRemaining(
            operation -> {
              JsonNode id = operation.getValue().get("operationId");
              if (id != null && !seen.add(id.asText())) {
                throw new IllegalStateException("Two operations are called " + id.asText());
              }
            });
  }

  /** Every service validates bearer tokens; the web app's calls ride on the gateway session. */
  private static void addSecurity(ObjectNode merged) {
    ObjectNode schemes = ((ObjectNode) merged.get("components")).putObject("securitySchemes");
    ObjectNode oauth2 = schemes.putObject("oauth2").put("type", "oauth2");
    ObjectNode scopes =
        oauth2
            .putObject("flows")
            .putObject("clientCredentials")
            .put("tokenUrl", TOKEN_URL_PLACEHOLDER)
            .putObject("scopes");
    scopes.put("projects:read", "Read QI projects");
    scopes.put("involvement:write", "Record participation");
    scopes.put("payments:export", "Make and pull finance export batches");
    scopes.put("payments:outcomes", "Record what was paid from export batches");
    schemes
        .putObject("bearer")
        .put("type", "http")
        .put("scheme", "bearer")
        .put("bearerFormat", "JWT");
    schemes
        .putObject("session")
        .put("type", "apiKey")
        .put("in", "cookie")
        .put("name", "q_session")
        .put("description", "The web app's session; state-changing calls also need X-XSRF-TOKEN");
    ArrayNode security = merged.putArray("security");
    security.addObject().putArray("oauth2");
    security.addObject().putArray("bearer");
    security.addObject().putArray("session");
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private OpenApiMerger() {}
}
