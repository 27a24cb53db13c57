package org.coproduce.payment.costcentre;

import static io.restassured.RestAssured.given;
import static org.coproduce.payment.Fixtures.ADMIN;
import static org.coproduce.payment.Fixtures.FINANCE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CostCentreResourceTest {

  static Response create(String token, Map<String, Object> centre) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(centre)
        .post("/api/v1/cost-centres");
  }

  static String newCode() {
    return "CC" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
  }

  @Test
  void anAdminAddsACostCentreThatExpensesCanThenBeBookedTo() {
    String code = newCode();

    create(ADMIN, Map.of("code", code, "name", "Carers' involvement"))
        .then()
        .statusCode(201)
        .body("code", equalTo(code));

    given().auth().oauth2(FINANCE).get("/api/v1/cost-centres").then().body("code", hasItem(code));
    UUID me = UUID.randomUUID();
    given()
        .auth()
        .oauth2(Tokens.volunteer("val.volunteer", me))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "category",
                "PARKING",
                "amountPence",
                450,
                "date",
                "2026-10-14",
                "costCentre",
                code))
        .post("/api/v1/expense-claims")
        .then()
        .statusCode(201)
        .body("costCentre", equalTo(code));
  }

  @Test
  void aCodeIsAddedOnlyOnce() {
    String code = newCode();
    create(ADMIN, Map.of("code", code, "name", "First")).then().statusCode(201);

    create(ADMIN, Map.of("code", code, "name", "Second"))
        .then()
        .statusCode(409)
        .body("errors.field", contains("code"));
  }

  @Test
  void aBadCodeIsNamedAndOnlyAnAdminAddsOne() {
    create(ADMIN, Map.of("code", "pex 1", "name", "Lower case"))
        .then()
        .statusCode(400)
        .body("errors.field", contains("code"));
    create(FINANCE, Map.of("code", newCode(), "name", "Not mine to add")).then().statusCode(403);
  }
}
