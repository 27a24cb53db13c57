package org.coproduce.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatewayTest {

  @Nested
  class Routing {
    @Test
    void aCallIsRoutedToItsServiceWithTheCallersTokenAndARequestId() {
      String token = Tokens.of("lena.lead", "qi-lead");
      Response response =
          given().auth().oauth2(token).queryParam("limit", 5).get("/api/projects/v1/projects");

      response.then().statusCode(200).header("X-Request-Id", notNullValue());
      assertThat(response.jsonPath().getString("path")).isEqualTo("/api/v1/projects");
      assertThat(response.jsonPath().getString("query")).isEqualTo("limit=5");
      assertThat(response.jsonPath().getString("authorization")).isEqualTo("Bearer " + token);
      assertThat(response.jsonPath().getString("requestId"))
          .isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void aBodyIsPassedOnAndCookiesAreNot() {
      given()
          .auth()
          .oauth2(Tokens.of("cora", "coordinator"))
          .cookie("q_session", "not-for-services")
          .contentType(ContentType.JSON)
          .body("{\"personId\": \"x\"}")
          .post("/api/involvement/v1/participations")
          .then()
          .statusCode(200)
          .body("method", equalTo("POST"))
          .body("body", equalTo("{\"personId\": \"x\"}"))
          .body("cookie", nullValue());
    }

    @Test
    void aStreamedAnswerWithoutContentLengthReachesTheCallerWhole() {
      String body =
          given()
              .auth()
              .oauth2(Tokens.of("fiona", "finance"))
              .get("/api/projects/v1/export-batches/streamed")
              .then()
              .statusCode(200)
              .contentType("text/csv")
              .extract()
              .asString();

      assertThat(body.split("\r\n")).hasSize(BackendServicesResource.STREAMED_LINES);
      assertThat(body).startsWith("line 1\r\n").endsWith("line 20000\r\n");
    }

    @Test
    void aCallerWithoutTokenOrSessionGets401ProblemJsonNotARedirect() {
      given()
          .redirects()
          .follow(false)
          .get("/api/projects/v1/projects")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
      given().redirects().follow(false).get("/api/me").then().statusCode(401);
    }

    @Test
    void aServiceThatIsDownGives503ProblemJson() {
      given()
          .auth()
          .oauth2(Tokens.of("eve", "executive"))
          .get("/api/strategy/v1/indicators")
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .body("detail", containsString("strategy"));
    }

    @Test
    void aFailingServiceIsCutOffByItsCircuitBreaker() {
      String token = Tokens.of("fiona", "finance");
      for (int i = 0; i < 20; i++) {
        given().auth().oauth2(token).get("/api/payments/v1/bad-gateway").then().statusCode(502);
      }
      given()
          .auth()
          .oauth2(token)
          .get("/api/payments/v1/claims")
          .then()
          .statusCode(503)
          .body("detail", containsString("not calling it"));
    }
  }

  @Nested
  class Door {
    @Test
    void meSaysWhoIsSignedIn() {
      UUID personId = UUID.randomUUID();
      given()
          .auth()
          .oauth2(Tokens.volunteer("val.volunteer", personId))
          .get("/api/me")
          .then()
          .statusCode(200)
          .body("username", equalTo("val.volunteer"))
          .body("roles", hasItem("volunteer"))
          .body("personId", equalTo(personId.toString()));
    }

    @Test
    void tooManyRequestsGet429WithRetryAfter() {
      String token = Tokens.of("busy-" + UUID.randomUUID(), "admin");
      for (int i = 0; i < 120; i++) {
        given().auth().oauth2(token).get("/api/me").then().statusCode(200);
      }
      given()
          .auth()
          .oauth2(token)
          .get("/api/me")
          .then()
          .statusCode(429)
          .header("Retry-After", notNullValue())
          .contentType("application/problem+json");
    }

    @Test
    void securityHeadersAreOnEveryResponse() {
      given()
          .get("/")
          .then()
          .header("Content-Security-Policy", containsString("default-src 'self'"))
          .header("X-Content-Type-Options", "nosniff")
          .header("X-Frame-Options", "DENY");
    }

    @Test
    void aStateChangingCallOnTheSessionCookieNeedsTheCsrfHeader() {
      given()
          .cookie("q_session", "a-session")
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/api/projects/v1/projects")
          .then()
          .statusCode(403)
          .body("detail", containsString("X-XSRF-TOKEN"));
      given()
          .cookie("q_session", "a-session")
          .cookie("XSRF-TOKEN", "t0ken")
          .header("X-XSRF-TOKEN", "t0ken")
          .contentType(ContentType.JSON)
          .body("{}")
          .redirects()
          .follow(false)
          .post("/api/projects/v1/projects")
          .then()
          .statusCode(not(403));
    }

    @Test
    void theCsrfCookieIsIssuedForTheApp() {
      given().get("/").then().cookie("XSRF-TOKEN", notNullValue());
    }

    @Test
    void signingInReturnsOnlyToALocalPath() {
      String token = Tokens.of("lena", "qi-lead");
      given()
          .auth()
          .oauth2(token)
          .redirects()
          .follow(false)
          .queryParam("redirect", "/projects")
          .get("/login")
          .then()
          .statusCode(303)
          .header("Location", containsString("/projects"));
      given()
          .auth()
          .oauth2(token)
          .redirects()
          .follow(false)
          .queryParam("redirect", "//evil.example")
          .get("/login")
          .then()
          .statusCode(303)
          .header("Location", not(containsString("evil")));
    }
  }

  @Nested
  class Documents {
    @Test
    void theWholeApiIsDescribedInOneOpenApiDocument() {
      given()
          .get("/q/openapi")
          .then()
          .statusCode(200)
          .body("paths.'/api/projects/v1/projects'.post.operationId", equalTo("createProject"))
          .body(
              "paths.'/api/involvement/v1/participations'.post.operationId",
              equalTo("recordParticipation"))
          .body("paths.'/api/payments/v1/claims'.get.operationId", equalTo("listClaims"))
          .body("paths.'/api/strategy/v1/indicators'.get.operationId", equalTo("getIndicators"))
          .body(
              "components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl",
              containsString("/protocol/openid-connect/token"))
          .body("components.securitySchemes.oauth2.flows.clientCredentials.scopes", notNullValue());
    }

    @Test
    void theWebAppIsServedAndItsRoutesSurviveAReload() {
      given().get("/projects/123").then().statusCode(200).body(containsString("<title>Coproduce"));
      given().get("/assets/app.js").then().statusCode(200).body(containsString("app"));
    }

    @Test
    void swaggerUiIsServed() {
      given().get("/api-docs/index.html").then().statusCode(200).body(containsString("swagger-ui"));
      given().get("/webjars/swagger-ui/5.32.6/swagger-ui-bundle.js").then().statusCode(200);
    }
  }
}
