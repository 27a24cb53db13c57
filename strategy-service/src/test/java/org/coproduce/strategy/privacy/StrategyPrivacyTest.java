package org.coproduce.strategy.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StrategyPrivacyTest {

  @Test
  void theExportHoldsNoSectionsBecauseTheServiceKeepsOnlyTotals() {
    given()
        .auth()
        .oauth2(Tokens.of("ada.admin", "admin"))
        .get("/api/v1/subject-access/{id}", UUID.randomUUID())
        .then()
        .statusCode(200)
        .body("service", equalTo("strategy-service"))
        .body("sections", anEmptyMap());
  }

  @Test
  void aVolunteerExportsTheirOwnButNotSomeoneElsesAndOtherStaffGet404() {
    UUID me = UUID.randomUUID();
    String token = Tokens.volunteer("vic.volunteer", me);

    given().auth().oauth2(token).get("/api/v1/subject-access/{id}", me).then().statusCode(200);
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/subject-access/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.of("eve.exec", "executive"))
        .get("/api/v1/subject-access/{id}", me)
        .then()
        .statusCode(404);
  }
}
