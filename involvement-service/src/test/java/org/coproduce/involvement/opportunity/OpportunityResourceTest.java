package org.coproduce.involvement.opportunity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.involvement.Opportunities.draft;
import static org.coproduce.involvement.Opportunities.opportunity;
import static org.coproduce.involvement.Opportunities.publish;
import static org.coproduce.involvement.Opportunities.published;
import static org.coproduce.involvement.Opportunities.uniqueTopic;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.involvement.Opportunities;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpportunityResourceTest {
  static final String LEAD = Tokens.of("lena.lead", "qi-lead");
  static final String VOLUNTEER = Tokens.volunteer("vic.volunteer", UUID.randomUUID());

  static List<String> idsListedFor(String token, String projectId, String status) {
    var request = given().auth().oauth2(token).queryParam("projectId", projectId);
    if (status != null) {
      request.queryParam("status", status);
    }
    return request.get("/api/v1/opportunities").then().statusCode(200).extract().path("items.id");
  }

  @Nested
  class Lifecycle {
    @Test
    void aCoordinatorDraftsThenPublishesWithIfMatch() {
      Map<String, Object> body = opportunity("QI_PROJECT_ROLE", List.of("Carers", " Discharge "));
      body.put("timesOfWeek", List.of("WEEKEND", "WEEKDAY_MORNING"));
      body.put("closesOn", "2026-12-18");
      String id =
          given()
              .auth()
              .oauth2(COORDINATOR)
              .contentType(ContentType.JSON)
              .body(body)
              .post("/api/v1/opportunities")
              .then()
              .statusCode(201)
              .header("ETag", "\"0\"")
              .body("status", equalTo("DRAFT"))
              .body("kind", equalTo("QI_PROJECT_ROLE"))
              .body("involvementLevel", equalTo("BIG_I"))
              .body("projectId", equalTo(body.get("projectId")))
              .body("topics", contains("carers", "discharge"))
              .body("timesOfWeek", contains("WEEKDAY_MORNING", "WEEKEND"))
              .body("location", equalTo("Seminar room 2, St James's Hospital"))
              .body("accessInformation", equalTo("Step-free entrance; hearing loop"))
              .body("reward", equalTo("£20 per meeting and travel expenses"))
              .body("expectedHours", equalTo(2))
              .body("placesAvailable", equalTo(2))
              .body("closesOn", equalTo("2026-12-18"))
              .extract()
              .path("id");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"0\"")
          .post("/api/v1/opportunities/{id}/publication", id)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("status", equalTo("PUBLISHED"));
      given()
          .auth()
          .oauth2(VOLUNTEER)
          .get("/api/v1/opportunities/{id}", id)
          .then()
          .statusCode(200)
          .body("title", equalTo("Carer member of the discharge letters team"));
    }

    @Test
    void publishingAClosedOpportunityIsAConflict() {
      String id = published(opportunity("FOCUS_GROUP", List.of(uniqueTopic())));
      Opportunities.close(id);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/opportunities/{id}/publication", id)
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("status"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/opportunities/{id}", id)
          .then()
          .body("status", equalTo("CLOSED"));
    }

    @Test
    void closingADraftIsAConflict() {
      String id = draft(opportunity("SURVEY", List.of()));

      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/opportunities/{id}/closure", id)
          .then()
          .statusCode(409);
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
      String id = draft(opportunity("TRAINING", List.of()));
      publish(id);
      Map<String, Object> changed = opportunity("TRAINING", List.of());
      changed.put("title", "Changed by someone who had not seen the publication");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body(changed)
          .put("/api/v1/opportunities/{id}", id)
          .then()
          .statusCode(412)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/opportunities/{id}", id)
          .then()
          .header("ETag", "\"1\"")
          .body("title", equalTo("Carer member of the discharge letters team"));
    }

    @Test
    void aCoordinatorChangesAPublishedOpportunityWithTheCurrentVersion() {
      String id = published(opportunity("RESEARCH", List.of()));
      Map<String, Object> changed = opportunity("RESEARCH", List.of());
      changed.put("online", true);
      changed.put("location", null);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"1\"")
          .contentType(ContentType.JSON)
          .body(changed)
          .put("/api/v1/opportunities/{id}", id)
          .then()
          .statusCode(200)
          .header("ETag", "\"2\"")
          .body("online", equalTo(true))
          .body("status", equalTo("PUBLISHED"));
    }
  }

  @Nested
  class Validation {
    String projectId = UUID.randomUUID().toString();

    void refused(Map<String, Object> body, String field) {
      body.put("projectId", projectId);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/opportunities")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", contains(field));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("projectId", projectId)
          .get("/api/v1/opportunities")
          .then()
          .body("items", empty());
    }

    @Test
    void anEndBeforeTheStartIsNamed() {
      Map<String, Object> body = opportunity("QI_PROJECT_ROLE", List.of());
      body.put("endsAt", "2027-01-12T09:00:00Z");
      refused(body, "endsAt");
    }

    @Test
    void anEndAtTheStartIsNamed() {
      Map<String, Object> body = opportunity("QI_PROJECT_ROLE", List.of());
      body.put("endsAt", body.get("startsAt"));
      refused(body, "endsAt");
    }

    @Test
    void aProjectRoleWithoutAnInvolvementLevelIsNamed() {
      Map<String, Object> body = opportunity("QI_PROJECT_ROLE", List.of());
      body.remove("involvementLevel");
      refused(body, "involvementLevel");
    }

    @Test
    void aProjectRoleWithoutAProjectIsNamed() {
      Map<String, Object> body = opportunity("QI_PROJECT_ROLE", List.of());
      body.remove("projectId");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/opportunities")
          .then()
          .statusCode(400)
          .body("errors.field", contains("projectId"));
    }

    @Test
    void neitherOnlineNorALocationIsNamed() {
      Map<String, Object> body = opportunity("SERVICE_USER_MEETING", List.of());
      body.put("location", " ");
      refused(body, "location");
    }

    @Test
    void noPlacesIsNamed() {
      Map<String, Object> body = opportunity("RECRUITMENT_PANEL", List.of());
      body.put("placesAvailable", 0);
      refused(body, "placesAvailable");
    }

    @Test
    void anUnknownKindIsNamed() {
      Map<String, Object> body = opportunity("FOCUS_GROUP", List.of());
      body.put("kind", "PICNIC");
      refused(body, "kind");
    }

    @Test
    void anUnknownKindFilterIsNamed() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("kind", "PICNIC")
          .get("/api/v1/opportunities")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("kind"));
    }
  }

  @Nested
  class Visibility {
    @Test
    void aVolunteerNeverSeesADraftOrAClosedOpportunity() {
      String projectId = UUID.randomUUID().toString();
      Map<String, Object> body = opportunity("QI_PROJECT_ROLE", List.of());
      body.put("projectId", projectId);
      String draft = draft(body);
      String open = published(body);
      String closed = published(body);
      Opportunities.close(closed);

      given()
          .auth()
          .oauth2(VOLUNTEER)
          .get("/api/v1/opportunities/{id}", draft)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(VOLUNTEER)
          .get("/api/v1/opportunities/{id}", closed)
          .then()
          .statusCode(404);
      assertThat(idsListedFor(VOLUNTEER, projectId, null)).containsExactly(open);
      assertThat(idsListedFor(VOLUNTEER, projectId, "DRAFT")).isEmpty();
      assertThat(idsListedFor(COORDINATOR, projectId, null)).containsExactly(closed, open, draft);
    }

    @Test
    void theListFiltersByKindStatusAndProject() {
      String projectId = UUID.randomUUID().toString();
      Map<String, Object> role = opportunity("QI_PROJECT_ROLE", List.of());
      role.put("projectId", projectId);
      String publishedRole = published(role);
      String draftRole = draft(role);

      assertThat(idsListedFor(LEAD, projectId, "PUBLISHED")).containsExactly(publishedRole);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("projectId", projectId)
          .queryParam("kind", "FOCUS_GROUP")
          .get("/api/v1/opportunities")
          .then()
          .body("items", empty());
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("projectId", projectId)
          .queryParam("limit", 1)
          .get("/api/v1/opportunities")
          .then()
          .body("items", hasSize(1))
          .body("items[0].id", equalTo(draftRole))
          .body("nextCursor", not(equalTo(null)));
    }
  }

  @Nested
  class QiLeads {
    @Test
    void aQiLeadDraftsAndChangesTheirOwnDraftButDoesNotPublish() {
      Map<String, Object> body = opportunity("QI_PROJECT_ROLE", List.of());
      String id =
          given()
              .auth()
              .oauth2(LEAD)
              .contentType(ContentType.JSON)
              .body(body)
              .post("/api/v1/opportunities")
              .then()
              .statusCode(201)
              .body("status", equalTo("DRAFT"))
              .extract()
              .path("id");
      body.put("title", "Patient member of the discharge letters team");
      given()
          .auth()
          .oauth2(LEAD)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body(body)
          .put("/api/v1/opportunities/{id}", id)
          .then()
          .statusCode(200)
          .body("title", equalTo("Patient member of the discharge letters team"));

      given()
          .auth()
          .oauth2(LEAD)
          .post("/api/v1/opportunities/{id}/publication", id)
          .then()
          .statusCode(403);
    }

    @Test
    void aQiLeadMayNotChangeSomeoneElsesOpportunity() {
      Map<String, Object> body = opportunity("FOCUS_GROUP", List.of());
      String id = draft(body);
      body.put("title", "Taken over");

      given()
          .auth()
          .oauth2(LEAD)
          .contentType(ContentType.JSON)
          .body(body)
          .put("/api/v1/opportunities/{id}", id)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/opportunities")
          .then()
          .body("items.title", not(hasItem("Taken over")));
    }

    @Test
    void aVolunteerMayNotCreateAnOpportunity() {
      given()
          .auth()
          .oauth2(VOLUNTEER)
          .contentType(ContentType.JSON)
          .body(opportunity("SURVEY", List.of()))
          .post("/api/v1/opportunities")
          .then()
          .statusCode(403);
    }
  }
}
