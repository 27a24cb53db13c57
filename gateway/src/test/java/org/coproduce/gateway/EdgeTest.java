package org.coproduce.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a hostile or careless caller can do at the door, and what the door answers. */
@QuarkusTest
class EdgeTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TestHTTPResource("/")
  URL gateway;

  @TestHTTPResource(value = "/", management = true)
  URL management;

  /** A request sent exactly as written: no client library decodes or normalises the path. */
  private HttpResponse<String> rawGet(String rawPath, String token) throws Exception {
    URI uri = URI.create("http://" + gateway.getHost() + ":" + gateway.getPort() + rawPath);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Nested
  class Paths {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "/api/payments/..%2fq/metrics",
          "/api/payments/..%2Fq/metrics",
          "/api/payments/%2e%2e/q/metrics",
          "/api/payments/v1/%2E%2E/%2e%2e/q/health",
          "/api/payments/v1/..%5cq%5cmetrics",
          "/api/payments/v1/../../q/metrics",
          "/api/payments/v1/./claims",
          "/api/projects/v1/projects%0Ax",
          "/api/projects/v1/projects%0D%0AX-Injected:%20yes",
          "/api/projects/v1/projects%00",
          "/api/projects//v1/projects"
        })
    void anAmbiguousPathIsRefusedWith400ProblemJsonBeforeItIsForwarded(String path)
        throws Exception {
      HttpResponse<String> response = rawGet(path, Tokens.of("paula.path", "finance"));

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(response.body()).contains("\"status\":400").doesNotContain("authorization");
    }

    @Test
    void aPathIsForwardedAsTheCallerWroteItNotDecoded() throws Exception {
      HttpResponse<String> response =
          rawGet("/api/projects/v1/indicators%20x", Tokens.of("lena", "qi-lead"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"path\":\"/api/v1/indicators%20x\"");
    }

    @Test
    void anEncodedServiceNameIsRefused() throws Exception {
      assertThat(rawGet("/api/%70rojects/v1/projects", Tokens.of("lena", "qi-lead")).statusCode())
          .isEqualTo(400);
    }
  }

  @Nested
  class CircuitBreaker {
    @Test
    void manyBadRequestsFromOneCallerDoNotCutTheServiceOffForAnother() throws Exception {
      String mallory = Tokens.of("mallory", "volunteer");
      for (int i = 0; i < 10; i++) {
        given().auth().oauth2(mallory).get("/api/involvement/v1/boom").then().statusCode(500);
        given().auth().oauth2(mallory).get("/api/involvement/v1/refused").then().statusCode(400);
        assertThat(rawGet("/api/involvement/v1/people%0A", mallory).statusCode()).isEqualTo(400);
      }
      given()
          .auth()
          .oauth2(Tokens.of("cora", "coordinator"))
          .get("/api/involvement/v1/participations")
          .then()
          .statusCode(200);
    }
  }

  @Nested
  class RateLimits {
    @Test
    void aNewAuthorizationHeaderPerRequestBuysNoNewBucket() {
      String user = "greedy-" + UUID.randomUUID();
      for (int i = 0; i < 120; i++) {
        given().auth().oauth2(Tokens.of(user, "admin")).get("/api/me").then().statusCode(200);
      }
      given()
          .auth()
          .oauth2(Tokens.of(user, "admin"))
          .get("/api/me")
          .then()
          .statusCode(429)
          .header("Retry-After", notNullValue())
          .contentType("application/problem+json");
    }

    @Test
    void failedAuthenticationsCountAgainstTheCallersAddress() {
      String guesser = "203.0.113.7";
      for (int i = 0; i < 10; i++) {
        given()
            .header("X-Forwarded-For", guesser)
            .auth()
            .oauth2("guess-" + i)
            .get("/api/projects/v1/projects")
            .then()
            .statusCode(401)
            .contentType("application/problem+json");
      }
      given()
          .header("X-Forwarded-For", guesser)
          .auth()
          .oauth2(Tokens.of("lena", "qi-lead"))
          .get("/api/projects/v1/projects")
          .then()
          .statusCode(429)
          .header("Retry-After", notNullValue())
          .body("detail", containsString("failed sign-ins"));
      given()
          .header("X-Forwarded-For", "203.0.113.8")
          .auth()
          .oauth2(Tokens.of("lena", "qi-lead"))
          .get("/api/projects/v1/projects")
          .then()
          .statusCode(200);
    }
  }

  @Nested
  class Answers {
    @Test
    void anExpiredOrForeignTokenGets401ProblemJson() {
      for (String token :
          List.of(
              Tokens.expired("old", "admin"),
              Tokens.forAudience("another-api", "elsewhere", "admin"),
              "not-a-token")) {
        given()
            .header("X-Forwarded-For", "198.51.100.1")
            .auth()
            .oauth2(token)
            .get("/api/projects/v1/projects")
            .then()
            .statusCode(401)
            .contentType("application/problem+json")
            .body("status", equalTo(401))
            .body("title", notNullValue());
      }
    }

    @Test
    void aLocationFromAServiceNamesTheGatewaysPublicUrl() {
      given()
          .auth()
          .oauth2(Tokens.of("cora", "coordinator"))
          .header("X-Forwarded-Proto", "https")
          .header("X-Forwarded-Host", "coproduce.example.org")
          .post("/api/involvement/v1/created")
          .then()
          .statusCode(201)
          .header(
              "Location", "https://coproduce.example.org/api/involvement/v1/things/42?view=full");
    }

    @Test
    void everyApiAnswerIsNeverStored() {
      given()
          .auth()
          .oauth2(Tokens.of("lena", "qi-lead"))
          .get("/api/projects/v1/projects")
          .then()
          .statusCode(200)
          .header("Cache-Control", "no-store");
      given().get("/api/me").then().statusCode(401).header("Cache-Control", "no-store");
    }

    @Test
    void theAccessLogHasMethodPathStatusAndDurationButNoQueryString() {
      List<String> lines = new CopyOnWriteArrayList<>();
      Handler capture =
          new Handler() {
            @Override
            public void publish(LogRecord record) {
              lines.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
          };
      Logger accessLog = Logger.getLogger("io.quarkus.http.access-log");
      accessLog.addHandler(capture);
      try {
        String requestId = "access-log-" + UUID.randomUUID();
        given()
            .auth()
            .oauth2(Tokens.of("lena", "qi-lead"))
            .header("X-Request-Id", requestId)
            .queryParam("name", "Alice Example")
            .get("/api/projects/v1/projects")
            .then()
            .statusCode(200);

        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () ->
                    assertThat(lines)
                        .anySatisfy(
                            line ->
                                assertThat(line)
                                    .matches(
                                        "GET /api/projects/v1/projects 200 \\d+ ms req:"
                                            + requestId)));
        assertThat(lines).noneMatch(line -> line.contains("Alice"));
      } finally {
        accessLog.removeHandler(capture);
      }
    }
  }

  @Nested
  class BehindATlsProxy {
    @Test
    void signInCookiesAreSecureWhenATrustedProxySaysTheCallerUsedHttps() {
      Response response =
          given()
              .redirects()
              .follow(false)
              .header("X-Forwarded-Proto", "https")
              .header("X-Forwarded-Host", "coproduce.example.org")
              .get("/login");

      response.then().statusCode(302);
      List<Cookie> cookies = response.detailedCookies().asList();
      assertThat(cookies)
          .filteredOn(cookie -> cookie.getName().startsWith("q_auth"))
          .isNotEmpty()
          .allMatch(Cookie::isSecured);
      assertThat(cookies)
          .filteredOn(cookie -> cookie.getName().equals("XSRF-TOKEN"))
          .allMatch(Cookie::isSecured);
      assertThat(response.header("Location"))
          .contains("redirect_uri=https%3A%2F%2Fcoproduce.example.org%2Flogin");
      response.then().header("Strict-Transport-Security", notNullValue());
    }
  }

  @Nested
  class WebApp {
    @Test
    void indexHtmlIsNeverCachedAsImmutableButHashedAssetsAre() {
      given()
          .get("/index.html")
          .then()
          .statusCode(200)
          .header("Cache-Control", not(containsString("immutable")))
          .header("Cache-Control", containsString("no-cache"));
      given().get("/").then().statusCode(200).header("Cache-Control", containsString("no-cache"));
      given()
          .get("/assets/app.js")
          .then()
          .statusCode(200)
          .header("Cache-Control", containsString("max-age=31536000"));
    }
  }

  @Nested
  class Management {
    @Test
    void healthAndMetricsAreOnTheManagementPortOnly() {
      String managementUrl = "http://" + management.getHost() + ":" + management.getPort();
      given().get(managementUrl + "/q/health/ready").then().statusCode(200);
      given().get(managementUrl + "/q/metrics").then().statusCode(200);
      given().get("/q/health/ready").then().statusCode(404);
      given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void thePublishedApiDocumentStaysOnThePublicPort() {
      given().get("/q/openapi").then().statusCode(200).body("openapi", notNullValue());
    }
  }
}
