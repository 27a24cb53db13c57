package org.coproduce.involvement.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.ActivityEvaluated;
import org.coproduce.events.EventCodec;
import org.coproduce.events.EventEnvelope;
import org.coproduce.involvement.Arrange;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class EvaluationResourceTest {
  static final String QI_LEAD = Tokens.of("lena.lead", "qi-lead");
  static final String NOTES = "Carers were under-represented";

  static Map<String, Object> scores(
      int principles, int purpose, int presence, int process, int impact) {
    Map<String, Object> body = new HashMap<>();
    body.put("principles", principles);
    body.put("purpose", purpose);
    body.put("presence", presence);
    body.put("process", process);
    body.put("impact", impact);
    body.put("notes", NOTES);
    return body;
  }

  static ValidatableResponse evaluate(UUID activity, Map<String, Object> body, String ifMatch) {
    var request = given().auth().oauth2(QI_LEAD).contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/api/v1/activities/{id}/evaluation", activity).then();
  }

  static List<EventEnvelope> evaluationsPublishedFor(UUID activity) {
    return Arrange.eventsAbout(activity).stream()
        .filter(e -> e.type().equals("ActivityEvaluated"))
        .toList();
  }

  @Test
  void theFirstEvaluationIsCreatedAndLaterOnesChangeItWithIfMatch() {
    UUID activity = Arrange.activity(UUID.randomUUID());

    evaluate(activity, scores(4, 5, 3, 4, 2), null)
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("principles", equalTo(4))
        .body("impact", equalTo(2))
        .body("notes", equalTo(NOTES));
    evaluate(activity, scores(4, 5, 3, 4, 4), "\"0\"")
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("impact", equalTo(4));

    given()
        .auth()
        .oauth2(Tokens.of("eve.exec", "executive"))
        .get("/api/v1/activities/{id}/evaluation", activity)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("impact", equalTo(4))
        .body("presence", equalTo(3));
  }

  @Test
  void everyEvaluationIsPublishedWithScoresButNotNotes() {
    UUID project = UUID.randomUUID();
    UUID activity = Arrange.activity(project);
    evaluate(activity, scores(1, 2, 3, 4, 5), null).statusCode(201);
    evaluate(activity, scores(2, 2, 3, 4, 5), "\"0\"").statusCode(200);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> evaluationsPublishedFor(activity).size() == 2);
    assertThat(evaluationsPublishedFor(activity))
        .extracting(EventCodec::payload)
        .containsExactly(
            new ActivityEvaluated(activity, project, 1, 2, 3, 4, 5),
            new ActivityEvaluated(activity, project, 2, 2, 3, 4, 5));
    assertThat(evaluationsPublishedFor(activity))
        .allSatisfy(e -> assertThat(e.payload().toString()).doesNotContain("under-represented"));
  }

  @Nested
  class Refusals {
    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
      UUID activity = Arrange.activity(UUID.randomUUID());
      evaluate(activity, scores(3, 3, 3, 3, 3), null).statusCode(201);
      evaluate(activity, scores(4, 4, 4, 4, 4), "\"0\"").statusCode(200);

      evaluate(activity, scores(1, 1, 1, 1, 1), "\"0\"")
          .statusCode(412)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(QI_LEAD)
          .get("/api/v1/activities/{id}/evaluation", activity)
          .then()
          .body("principles", equalTo(4));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void scoresOutsideOneToFiveAreNamed(int score) {
      UUID activity = Arrange.activity(UUID.randomUUID());

      evaluate(activity, scores(3, 3, score, 3, 3), null)
          .statusCode(400)
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo("presence"));
      given()
          .auth()
          .oauth2(QI_LEAD)
          .get("/api/v1/activities/{id}/evaluation", activity)
          .then()
          .statusCode(404);
    }

    @Test
    void missingScoresAreNamed() {
      UUID activity = Arrange.activity(UUID.randomUUID());

      evaluate(activity, Map.of("principles", 3), null)
          .statusCode(400)
          .body("errors.field", equalTo(List.of("impact", "presence", "process", "purpose")));
    }

    @Test
    void anUnknownActivityIsNotFound() {
      evaluate(UUID.randomUUID(), scores(3, 3, 3, 3, 3), null).statusCode(404);
    }

    @Test
    void volunteersMayNeitherEvaluateNorReadEvaluations() {
      UUID activity = Arrange.activity(UUID.randomUUID());
      String volunteer = Tokens.volunteer("val", UUID.randomUUID());

      given()
          .auth()
          .oauth2(volunteer)
          .contentType(ContentType.JSON)
          .body(scores(5, 5, 5, 5, 5))
          .put("/api/v1/activities/{id}/evaluation", activity)
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(volunteer)
          .get("/api/v1/activities/{id}/evaluation", activity)
          .then()
          .statusCode(403);
    }
  }
}
