package org.coproduce.involvement.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.coproduce.involvement.Register.COORDINATOR_NAME;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {
  static final String ADMIN = Tokens.of("ada.admin", "admin");

  static void read(String token, String path, UUID personId) {
    given().auth().oauth2(token).get(path, personId).then().statusCode(200);
  }

  @Nested
  class StaffReads {
    @Test
    void aCoordinatorsReadsOfAPersonShowUpInTheAuditForAnAdmin() {
      UUID person = Register.person("CARER", "Audited");
      read(COORDINATOR, "/api/v1/people/{id}", person);
      read(COORDINATOR, "/api/v1/people/{id}/consents", person);
      read(COORDINATOR, "/api/v1/people/{id}/pyramid-level/history", person);

      given()
          .auth()
          .oauth2(ADMIN)
          .queryParam("personId", person)
          .get("/api/v1/audit")
          .then()
          .statusCode(200)
          .body("items", hasSize(3))
          .body("items.recordType", equalTo(List.of("PYRAMID_HISTORY", "CONSENTS", "PERSON")))
          .body("items.accountId", everyItem(equalTo(Tokens.subjectOf(COORDINATOR_NAME))))
          .body("items.recordId", everyItem(equalTo(person.toString())))
          .body("items.personId", everyItem(equalTo(person.toString())))
          .body("items[0].readAt", notNullValue());
    }

    @Test
    void theAuditIsPagedNewestFirst() {
      UUID person = Register.person("CARER", "Paged Audit");
      read(COORDINATOR, "/api/v1/people/{id}", person);
      read(ADMIN, "/api/v1/people/{id}/consents", person);

      String cursor =
          given()
              .auth()
              .oauth2(ADMIN)
              .queryParam("personId", person)
              .queryParam("limit", 1)
              .get("/api/v1/audit")
              .then()
              .statusCode(200)
              .body("items", hasSize(1))
              .body("items[0].recordType", equalTo("CONSENTS"))
              .body("items[0].accountId", equalTo(Tokens.subjectOf("ada.admin")))
              .extract()
              .path("nextCursor");

      given()
          .auth()
          .oauth2(ADMIN)
          .queryParam("personId", person)
          .queryParam("limit", 1)
          .queryParam("cursor", cursor)
          .get("/api/v1/audit")
          .then()
          .statusCode(200)
          .body("items[0].recordType", equalTo("PERSON"))
          .body("nextCursor", equalTo(null));
    }

    @Test
    void aRefusedReadIsNotAudited() {
      UUID person = Register.person("CARER", "Not Read");
      given()
          .auth()
          .oauth2(Tokens.volunteer("val", UUID.randomUUID()))
          .get("/api/v1/people/{id}", person)
          .then()
          .statusCode(404);

      given()
          .auth()
          .oauth2(ADMIN)
          .queryParam("personId", person)
          .get("/api/v1/audit")
          .then()
          .statusCode(200)
          .body("items", hasSize(0));
    }
  }

  @Nested
  class ListReads {
    @Test
    void aRegisterSearchIsAuditedWithItsFiltersAndCountButNotTheValuesSearchedFor() {
      String marker = "Searchable" + UUID.randomUUID().toString().substring(0, 8);
      Register.person("CARER", marker + " One");
      Register.person("CARER", marker + " Two");
      String coordinator = Tokens.of("cass.search", "coordinator");

      given()
          .auth()
          .oauth2(coordinator)
          .queryParam("name", marker)
          .queryParam("type", "CARER")
          .get("/api/v1/people")
          .then()
          .statusCode(200)
          .body("items", hasSize(2));

      String audit =
          given()
              .auth()
              .oauth2(ADMIN)
              .queryParam("limit", 100)
              .get("/api/v1/audit")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertThat(audit).doesNotContain(marker);
      given()
          .auth()
          .oauth2(ADMIN)
          .queryParam("limit", 100)
          .get("/api/v1/audit")
          .then()
          .body(
              "items.find { it.accountId == '%s' }.recordType"
                  .formatted(Tokens.subjectOf("cass.search")),
              equalTo("REGISTER_SEARCH"))
          .body(
              "items.find { it.accountId == '%s' }.query"
                  .formatted(Tokens.subjectOf("cass.search")),
              equalTo("name,type"))
          .body(
              "items.find { it.accountId == '%s' }.returned"
                  .formatted(Tokens.subjectOf("cass.search")),
              equalTo(2))
          .body(
              "items.find { it.accountId == '%s' }.personId"
                  .formatted(Tokens.subjectOf("cass.search")),
              nullValue());
    }
  }

  @Nested
  class OwnReads {
    @Test
    void aVolunteersReadOfTheirOwnRecordIsNotAudited() {
      UUID me = Register.person("SERVICE_USER", "Val Unaudited");
      String token = Tokens.volunteer("val", me);
      read(token, "/api/v1/people/{id}", me);
      read(token, "/api/v1/people/{id}/consents", me);
      read(token, "/api/v1/people/{id}/pyramid-level/history", me);

      given()
          .auth()
          .oauth2(ADMIN)
          .queryParam("personId", me)
          .get("/api/v1/audit")
          .then()
          .statusCode(200)
          .body("items", hasSize(0));
    }
  }

  @Nested
  class Refusals {
    @Test
    void onlyAnAdminMayReadTheAudit() {
      for (String token :
          List.of(
              COORDINATOR,
              Tokens.of("fin", "finance"),
              Tokens.of("exec", "executive"),
              Tokens.of("lead", "qi-lead"),
              Tokens.volunteer("val", UUID.randomUUID()))) {
        given()
            .auth()
            .oauth2(token)
            .get("/api/v1/audit")
            .then()
            .statusCode(403)
            .contentType("application/problem+json");
      }
      given().get("/api/v1/audit").then().statusCode(401);
    }

    @Test
    void aPersonIdThatIsNotOneIsNamed() {
      given()
          .auth()
          .oauth2(ADMIN)
          .queryParam("personId", "not-a-uuid")
          .get("/api/v1/audit")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("personId"));
    }
  }
}
