package org.coproduce.payment.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.payment.Fixtures.ADMIN;
import static org.coproduce.payment.Fixtures.COORDINATOR;
import static org.coproduce.payment.Fixtures.FINANCE;
import static org.coproduce.payment.Fixtures.awaitClaimOf;
import static org.coproduce.payment.Fixtures.participation;
import static org.coproduce.payment.Fixtures.publish;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditedReadsTest {
  static final String FINANCE_ACCOUNT = Tokens.subjectOf("fiona.finance");

  static UUID payeeWithAClaim() {
    UUID person = UUID.randomUUID();
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Map.of("route", "PAYROLL", "receivesBenefits", true))
        .put("/api/v1/payees/{id}", person)
        .then()
        .statusCode(201);
    publish(participation(person, "2.5"));
    awaitClaimOf(person);
    return person;
  }

  static io.restassured.response.ValidatableResponse auditOf(UUID person) {
    return given()
        .auth()
        .oauth2(ADMIN)
        .queryParam("personId", person)
        .get("/api/v1/audit")
        .then()
        .statusCode(200);
  }

  static void read(String token, String path, Object... params) {
    given().auth().oauth2(token).get(path, params).then().statusCode(200);
  }

  @Test
  void financeReadsOfAPersonsPayeeAndClaimsAreAuditedForAnAdmin() {
    UUID person = payeeWithAClaim();
    String claimId = awaitClaimOf(person).getString("id");

    read(FINANCE, "/api/v1/payees/{id}", person);
    read(FINANCE, "/api/v1/claims/{id}", claimId);
    given()
        .auth()
        .oauth2(FINANCE)
        .queryParam("personId", person)
        .get("/api/v1/claims")
        .then()
        .statusCode(200);

    List<Map<String, Object>> newest = auditOf(person).extract().path("items");
    assertThat(newest.subList(0, 3))
        .extracting(entry -> entry.get("recordType"))
        .containsExactly("CLAIMS", "CLAIM", "PAYEE");
    assertThat(newest).extracting(entry -> entry.get("accountId")).containsOnly(FINANCE_ACCOUNT);
    assertThat(newest.get(0)).containsEntry("query", "personId").containsEntry("returned", 1);
    assertThat(newest.get(1)).containsEntry("recordId", claimId);
    assertThat(newest.get(2))
        .containsEntry("query", null)
        .containsEntry("personId", person.toString());
  }

  @Test
  void aListOfManyPeopleIsAuditedWithItsFiltersAndCountButNoValues() {
    String reader = Tokens.of("fay.lister", "finance");
    List<Object> page =
        given()
            .auth()
            .oauth2(reader)
            .queryParam("status", "PENDING")
            .queryParam("limit", 5)
            .get("/api/v1/claims")
            .then()
            .statusCode(200)
            .extract()
            .path("items");

    given()
        .auth()
        .oauth2(ADMIN)
        .queryParam("limit", 100)
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.accountId == '%s' }.recordType"
                .formatted(Tokens.subjectOf("fay.lister")),
            equalTo("CLAIMS"))
        .body(
            "items.find { it.accountId == '%s' }.query".formatted(Tokens.subjectOf("fay.lister")),
            equalTo("status"))
        .body(
            "items.find { it.accountId == '%s' }.returned"
                .formatted(Tokens.subjectOf("fay.lister")),
            equalTo(page.size()))
        .body(
            "items.find { it.accountId == '%s' }.personId"
                .formatted(Tokens.subjectOf("fay.lister")),
            nullValue());
  }

  @Test
  void aVolunteerReadingTheirOwnPaymentsIsNotAuditedAndARefusedReadIsNot() {
    UUID me = payeeWithAClaim();
    int before = auditOf(me).extract().path("items.size()");
    String token = Tokens.volunteer("vic.volunteer", me);
    read(token, "/api/v1/payees/{id}", me);
    given()
        .auth()
        .oauth2(token)
        .queryParam("personId", me)
        .get("/api/v1/claims")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.volunteer("val.volunteer", UUID.randomUUID()))
        .get("/api/v1/payees/{id}", me)
        .then()
        .statusCode(404);

    auditOf(me).body("items", hasSize(before));
  }

  @Test
  void theAuditIsInThePersonsSubjectAccessAndOnlyAnAdminPagesThroughIt() {
    UUID person = payeeWithAClaim();
    read(FINANCE, "/api/v1/payees/{id}", person);

    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/subject-access/{id}", person)
        .then()
        .statusCode(200)
        .body("sections.accessAudit.recordType", hasItem("PAYEE"));
    for (String token : List.of(FINANCE, COORDINATOR, Tokens.volunteer("val.volunteer", person))) {
      given().auth().oauth2(token).get("/api/v1/audit").then().statusCode(403);
    }
  }
}
