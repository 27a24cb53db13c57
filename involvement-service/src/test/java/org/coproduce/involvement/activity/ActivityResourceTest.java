package org.coproduce.involvement.activity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.coproduce.involvement.Register.COORDINATOR_NAME;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.ActivityPlanned;
import org.coproduce.events.EventCodec;
import org.coproduce.events.EventEnvelope;
import org.coproduce.involvement.Arrange;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityResourceTest {
  static final String QI_LEAD = Tokens.of("lena.lead", "qi-lead");

  @Test
  void aPlannedActivityCanBeReadBack() {
    UUID project = UUID.randomUUID();
    UUID opportunity = UUID.randomUUID();
    Map<String, Object> body = Arrange.activityBody(project);
    body.put("opportunityId", opportunity);
    body.put("involvementLevel", "BIG_I");
    body.put("activityType", "CO_PRODUCTION_WORKSHOP");
    UUID id = Arrange.activity(body);

    given()
        .auth()
        .oauth2(Tokens.volunteer("val", UUID.randomUUID()))
        .get("/api/v1/activities/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("title", equalTo("Discharge letters focus group"))
        .body("activityType", equalTo("CO_PRODUCTION_WORKSHOP"))
        .body("involvementLevel", equalTo("BIG_I"))
        .body("purpose", equalTo("Letters that patients understand"))
        .body("projectId", equalTo(project.toString()))
        .body("opportunityId", equalTo(opportunity.toString()))
        .body("createdBy", equalTo(Tokens.subjectOf(COORDINATOR_NAME)));
  }

  @Test
  void activitiesAreListedByProjectAndByOpportunity() {
    UUID project = UUID.randomUUID();
    UUID opportunity = UUID.randomUUID();
    UUID first = Arrange.activity(project);
    Map<String, Object> recruited = Arrange.activityBody(project);
    recruited.put("opportunityId", opportunity);
    UUID second = Arrange.activity(recruited);
    Arrange.activity(UUID.randomUUID());

    given()
        .auth()
        .oauth2(QI_LEAD)
        .queryParam("projectId", project)
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(second.toString(), first.toString())));
    given()
        .auth()
        .oauth2(QI_LEAD)
        .queryParam("opportunityId", opportunity)
        .get("/api/v1/activities")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(second.toString())));
  }

  @Test
  void anActivityNeedNotServeAProject() {
    Map<String, Object> body = Arrange.activityBody(null);
    body.put("activityType", "TRAINING");
    UUID id = Arrange.activity(body);

    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/activities/{id}", id)
        .then()
        .statusCode(200)
        .body("projectId", nullValue());
  }

  @Nested
  class Changes {
    @Test
    void anActivityIsChangedWithIfMatchAndAStaleVersionIsRefused() {
      UUID id = Arrange.activity(UUID.randomUUID());
      Map<String, Object> change = Arrange.activityBody(null);
      change.put("title", "Discharge letters: second round");

      given()
          .auth()
          .oauth2(QI_LEAD)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body(change)
          .put("/api/v1/activities/{id}", id)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("title", equalTo("Discharge letters: second round"))
          .body("projectId", nullValue());
      given()
          .auth()
          .oauth2(QI_LEAD)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body(Arrange.activityBody(null))
          .put("/api/v1/activities/{id}", id)
          .then()
          .statusCode(412)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(QI_LEAD)
          .get("/api/v1/activities/{id}", id)
          .then()
          .body("title", equalTo("Discharge letters: second round"));
    }

    @Test
    void changingAnUnknownActivityIsNotFound() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Arrange.activityBody(null))
          .put("/api/v1/activities/{id}", UUID.randomUUID())
          .then()
          .statusCode(404);
    }
  }

  @Nested
  class Events {
    @Test
    void aPlannedActivityIsPublishedOnceWithoutTitleOrPurpose() {
      Map<String, Object> body = Arrange.activityBody(null);
      body.put("title", "Carers' voices panel");
      UUID id = Arrange.activity(body);

      await().atMost(Duration.ofSeconds(30)).until(() -> !Arrange.eventsAbout(id).isEmpty());
      await()
          .during(Duration.ofSeconds(1))
          .atMost(Duration.ofSeconds(5))
          .until(() -> Arrange.eventsAbout(id).size() == 1);
      EventEnvelope envelope = Arrange.eventsAbout(id).get(0);
      assertThat(envelope.type()).isEqualTo("ActivityPlanned");
      assertThat(EventCodec.payload(envelope))
          .isEqualTo(new ActivityPlanned(id, null, null, "FOCUS_GROUP", "LITTLE_I"));
      assertThat(envelope.payload().toString())
          .doesNotContain("Carers' voices panel")
          .doesNotContain("Letters that patients understand");
    }
  }

  @Nested
  class Refusals {
    @Test
    void missingFieldsAreNamed() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/api/v1/activities")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body(
              "errors.field",
              equalTo(List.of("activityType", "involvementLevel", "purpose", "title")));
    }

    @Test
    void anUnknownInvolvementLevelIsNamed() {
      Map<String, Object> body = Arrange.activityBody(null);
      body.put("involvementLevel", "MEDIUM_I");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/activities")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("involvementLevel"));
    }

    @Test
    void aBadFilterIsNamed() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("projectId", "project-1")
          .get("/api/v1/activities")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("projectId"));
    }

    @Test
    void volunteersReadActivitiesButMayNotPlanOrChangeThem() {
      String volunteer = Tokens.volunteer("val", UUID.randomUUID());
      UUID id = Arrange.activity(UUID.randomUUID());

      given()
          .auth()
          .oauth2(volunteer)
          .contentType(ContentType.JSON)
          .body(Arrange.activityBody(null))
          .post("/api/v1/activities")
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(volunteer)
          .contentType(ContentType.JSON)
          .body(Arrange.activityBody(null))
          .put("/api/v1/activities/{id}", id)
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(volunteer)
          .get("/api/v1/activities")
          .then()
          .statusCode(200)
          .body("items.id", hasItem(id.toString()));
    }

    @Test
    void financeMayNotPlanActivities() {
      given()
          .auth()
          .oauth2(Tokens.of("fin", "finance"))
          .contentType(ContentType.JSON)
          .body(Arrange.activityBody(null))
          .post("/api/v1/activities")
          .then()
          .statusCode(403);
    }
  }
}
