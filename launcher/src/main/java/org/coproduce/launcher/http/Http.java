package org.coproduce.launcher.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** JSON over HTTP for the launcher's few calls to Keycloak and the services. */
public final class Http {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static ObjectMapper json() {
    return JSON;
  }

  public JsonNode get(URI uri, String token) {
    return send(request(uri, token).GET().build());
  }

  public JsonNode post(URI uri, String token, Object body) {
    return send(withBody(request(uri, token), "POST", body));
  }

  public JsonNode put(URI uri, String token, Object body) {
    return send(withBody(request(uri, token), "PUT", body));
  }

  public JsonNode delete(URI uri, String token) {
    return send(request(uri, token).DELETE().build());
  }

  /** Posts an HTML form (the OAuth2 token endpoint) and returns the JSON answer. */
  public JsonNode postForm(URI uri, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static HttpRequest.Builder request(URI uri, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private static HttpRequest withBody(HttpRequest.Builder builder, String method, Object body) {
    try {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      return builder
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(text))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new HttpException(request, -1, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpException(request, -1, "interrupted");
    }
    if (response.statusCode() >= 300) {
      throw new HttpException(request, response.statusCode(), response.body());
    }
    return parse(response.body());
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.nullNode();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A call that did not succeed: the method, address, status and what the server said. */
  public static final class HttpException extends RuntimeException {
    private final int status;

    HttpException(HttpRequest request, int status, String body) {
      super(request.method() + " " + request.uri() + " -> " + status + ": " + abbreviate(body));
      this.status = status;
    }

    public int status() {
      return status;
    }

    private static String abbreviate(String body) {
      if (body == null) {
        return "";
      }
      return body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }
  }
}
