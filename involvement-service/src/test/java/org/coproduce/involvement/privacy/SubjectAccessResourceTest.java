package org.coproduce.involvement.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.coproduce.involvement.Register.COORDINATOR_NAME;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubjectAccessResourceTest {
  static final String ADMIN = Tokens.of("ada.admin", "admin");

  @Nested
  class TheExport {
    @Test
    void holdsEverySectionAboutThePersonAndNothingAboutAnyoneElse() {
      Someone sam = Someone.withEverything("Sam");
      Someone other = Someone.withEverything("Olu");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{id}", sam.id())
          .then()
          .statusCode(200);

      String export =
          given()
              .auth()
              .oauth2(COORDINATOR)
              .get("/api/v1/subject-access/{id}", sam.id())
              .then()
              .statusCode(200)
              .body("personId", equalTo(sam.id().toString()))
              .body("service", equalTo("involvement-service"))
              .body("generatedAt", notNullValue())
              .body("erasedAt", nullValue())
              .body("sections.person.displayName", equalTo(sam.name()))
              .body("sections.person.email", equalTo(sam.email()))
              .body("sections.person.accessNeeds", notNullValue())
              .body("sections.consents", hasSize(1))
              .body("sections.consents[0].purpose", equalTo("NEWSLETTER"))
              .body("sections.pyramidLevel.current.level", equalTo("CONSULTING"))
              .body("sections.pyramidLevel.history", hasSize(1))
              .body("sections.participations", hasSize(1))
              .body("sections.participations.personId", everyItem(equalTo(sam.id().toString())))
              .body("sections.accessAudit.recordType", hasItem("PERSON"))
              .body("sections.accessAudit.personId", everyItem(equalTo(sam.id().toString())))
              .extract()
              .asString();

      assertThat(export).doesNotContain(other.id().toString());
      other.personalValues().forEach(value -> assertThat(export).doesNotContain(value));
    }

    @Test
    void aStaffExportIsAuditedAndTheNextExportShowsIt() {
      Someone sam = Someone.withEverything("Audit");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/subject-access/{id}", sam.id())
          .then()
          .statusCode(200);

      given()
          .auth()
          .oauth2(ADMIN)
          .queryParam("personId", sam.id())
          .get("/api/v1/audit")
          .then()
          .statusCode(200)
          .body("items[0].recordType", equalTo("SUBJECT_ACCESS"))
          .body("items[0].accountId", equalTo(Tokens.subjectOf(COORDINATOR_NAME)));
      given()
          .auth()
          .oauth2(ADMIN)
          .get("/api/v1/subject-access/{id}", sam.id())
          .then()
          .statusCode(200)
          .body("sections.accessAudit.recordType", hasItem("SUBJECT_ACCESS"));
    }
  }

  @Nested
  class Access {
    @Test
    void aVolunteerExportsTheirOwnWithoutAnAuditButNotSomeoneElses() {
      Someone me = Someone.withEverything("Val");
      Someone someoneElse = Someone.withEverything("Other");
      String token = Tokens.volunteer("val.sar", me.id());

      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/subject-access/{id}", me.id())
          .then()
          .statusCode(200)
          .body("sections.person.email", equalTo(me.email()));
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/subject-access/{id}", someoneElse.id())
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(ADMIN)
          .queryParam("personId", me.id())
          .get("/api/v1/audit")
          .then()
          .body("items.recordType", equalTo(List.of()));
    }

    @Test
    void otherStaffGet404AndAThirdPartyIsForbidden() {
      Someone sam = Someone.withEverything("Hidden");
      for (String token :
          List.of(
              Tokens.of("lena.lead", "qi-lead"),
              Tokens.of("fiona.finance", "finance"),
              Tokens.of("eve.exec", "executive"))) {
        given()
            .auth()
            .oauth2(token)
            .get("/api/v1/subject-access/{id}", sam.id())
            .then()
            .statusCode(404)
            .contentType("application/problem+json");
      }
      given()
          .auth()
          .oauth2(Tokens.partner("life-qi", "involvement:write"))
          .get("/api/v1/subject-access/{id}", sam.id())
          .then()
          .statusCode(403);
      given().get("/api/v1/subject-access/{id}", sam.id()).then().statusCode(401);
    }

    @Test
    void someoneNotInTheRegisterIs404() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/subject-access/{id}", UUID.randomUUID())
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
  }
}
