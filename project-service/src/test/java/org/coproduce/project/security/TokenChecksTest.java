package org.coproduce.project.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service checks tokens itself (the gateway is not the only lock): the audience, the expiry,
 * the signature; and a scope is a permission only in a third-party client's token.
 */
@QuarkusTest
class TokenChecksTest {

  @ParameterizedTest
  @ValueSource(strings = {"another-api", "coproduce-gateway"})
  void aTokenMeantForAnotherAudienceGets401ProblemJson(String audience) {
    given()
        .auth()
        .oauth2(Tokens.forAudience(audience, "lena.lead", "qi-lead"))
        .get("/api/v1/projects")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", notNullValue())
        .body("status", equalTo(401));
  }

  @Test
  void anExpiredOrForgedTokenGets401ProblemJson() {
    for (String token : new String[] {Tokens.expired("lena.lead", "qi-lead"), "not.a.token"}) {
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/projects")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
  }

  @Test
  void noTokenGets401ProblemJson() {
    given().get("/api/v1/projects").then().statusCode(401).contentType("application/problem+json");
  }

  @Test
  void aTokenMeantForTheApiIsAccepted() {
    given()
        .auth()
        .oauth2(Tokens.of("lena.lead", "qi-lead"))
        .get("/api/v1/projects")
        .then()
        .statusCode(200);
  }

  @Test
  void aUsersScopeIsNotARole() {
    given()
        .auth()
        .oauth2(Tokens.userWithScope("vic.volunteer", "openid projects:read", "volunteer"))
        .get("/api/v1/projects")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void aThirdPartyClientsScopeAllowsWhatItWasGranted() {
    given()
        .auth()
        .oauth2(Tokens.partner("life-qi-sync", "projects:read"))
        .get("/api/v1/projects")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.partner("survey-tool", "involvement:write"))
        .get("/api/v1/projects")
        .then()
        .statusCode(403);
  }
}
