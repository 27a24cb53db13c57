package org.coproduce.project.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Bad input is refused platform-wide with 400 naming the field, and faults never leak. */
@QuarkusTest
class BadInputResourceTest {
  static final String LEAD = Tokens.of("lena.lead", "qi-lead");

  @Test
  void nulInABodyFieldIsRefusedNamingTheField() {
    given()
        .auth()
        .oauth2(LEAD)
        .contentType(ContentType.JSON)
        .body("{\"title\": \"Fewer falls\\u0000\", \"aim\": \"Halve falls on ward 7 by June\"}")
        .post("/api/v1/projects")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("title"))
        .body("errors[0].message", containsString("NUL"));
  }

  @Test
  void nulInAQueryParameterIsRefusedNamingTheParameter() {
    given()
        .urlEncodingEnabled(false)
        .get("/api/v1/test-only/faults/projects/LQI-1?title=Falls%00")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("title"));
  }

  @Test
  void nulInAPathParameterIsRefusedNamingTheParameter() {
    given()
        .urlEncodingEnabled(false)
        .get("/api/v1/test-only/faults/projects/LQI%00")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("code"));
  }

  @Test
  void textWithoutNulStillReachesTheDatabase() {
    given()
        .get("/api/v1/test-only/faults/projects/LQI-1?title=Falls \u202e")
        .then()
        .statusCode(200)
        .body(equalTo("0"));
  }

  @Test
  void aCursorPostgresqlCannotCompareIsRefusedNamingTheCursor() {
    String farFuture =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                "31556889864403199:0:00000000-0000-0000-0000-000000000001"
                    .getBytes(StandardCharsets.UTF_8));

    given()
        .auth()
        .oauth2(LEAD)
        .queryParam("cursor", farFuture)
        .get("/api/v1/projects")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("cursor"));
  }

  @Test
  void anUnexpectedFailureIsAProblemWithTheRequestIdAndNoDetailOfTheFault() {
    given()
        .header("X-Request-Id", "fault-test-1")
        .get("/api/v1/test-only/faults/unexpected")
        .then()
        .statusCode(500)
        .contentType("application/problem+json")
        .header("X-Request-Id", "fault-test-1")
        .body("status", equalTo(500))
        .body("instance", equalTo("urn:coproduce:request:fault-test-1"))
        .body("detail", containsString("fault-test-1"))
        .body(
            allOf(
                not(containsString("IllegalStateException")),
                not(containsString("org.example")),
                not(containsString("row 42")),
                not(containsString("\tat "))))
        .body("type", startsWith("https://coproduce.nhs.example/problems/"));
  }

  @Test
  void theCatchAllLeavesAMissingTokenUnauthorized() {
    given().get("/api/v1/projects").then().statusCode(401);
  }

  @Test
  void theCatchAllLeavesAnIdThatIsNotAUuidNotFound() {
    given()
        .auth()
        .oauth2(LEAD)
        .get("/api/v1/projects/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
