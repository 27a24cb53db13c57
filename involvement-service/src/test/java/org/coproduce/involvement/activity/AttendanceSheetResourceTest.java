package org.coproduce.involvement.activity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.coproduce.involvement.Register.COORDINATOR_NAME;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.EventCodec;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.involvement.Arrange;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AttendanceSheetResourceTest {

  static io.restassured.response.ValidatableResponse post(UUID session, Object body) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .header("X-Request-Id", "sheet-" + session)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/sessions/{id}/attendance", session)
        .then();
  }

  static List<Object> sheetOf(UUID session) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/sessions/{id}/attendance", session)
        .then()
        .statusCode(200)
        .extract()
        .path("entries");
  }

  /** Nothing was published for the refused sheet: a later event is out, the sheet's are not. */
  static void assertNothingPublishedFor(UUID session) {
    UUID marker = Arrange.activity(UUID.randomUUID());
    await().atMost(Duration.ofSeconds(30)).until(() -> !Arrange.eventsAbout(marker).isEmpty());
    assertThat(Register.events()).noneMatch(e -> ("sheet-" + session).equals(e.correlationId()));
  }

  @Test
  void eachLineBecomesAParticipationAtTheSessionWithTheActivitysProjectAndType() {
    UUID project = UUID.randomUUID();
    UUID activity = Arrange.activity(project);
    UUID session = Arrange.session(activity);
    UUID ann = Register.person("SERVICE_USER", "Ann Attender");
    UUID bob = Register.person("CARER", "Bob Attender");

    List<String> ids = Arrange.attendance(session, ann, 2.5, bob, 1);

    assertThat(ids).hasSize(2);
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/participations/{id}", ids.get(1))
        .then()
        .statusCode(200)
        .body("personId", equalTo(bob.toString()))
        .body("projectId", equalTo(project.toString()))
        .body("activityId", equalTo(activity.toString()))
        .body("sessionId", equalTo(session.toString()))
        .body("activityType", equalTo("FOCUS_GROUP"))
        .body("date", equalTo("2026-10-14"))
        .body("hours", equalTo(1.0f));
    given()
        .auth()
        .oauth2(Tokens.of("lena.lead", "qi-lead"))
        .get("/api/v1/sessions/{id}/attendance", session)
        .then()
        .statusCode(200)
        .body("sessionId", equalTo(session.toString()))
        .body("activityId", equalTo(activity.toString()))
        .body("entries.personId", equalTo(List.of(ann.toString(), bob.toString())))
        .body("entries.hours", equalTo(List.of(2.5f, 1.0f)))
        .body("entries[0].recordedBy", equalTo(Tokens.subjectOf(COORDINATOR_NAME)));
  }

  @Nested
  class Events {
    @Test
    void eachLineIsPublishedOnceAsParticipationRecordedVersion2() {
      UUID project = UUID.randomUUID();
      UUID activity = Arrange.activity(project);
      UUID session = Arrange.session(activity);
      UUID ann = Register.person("SERVICE_USER", "Ann Published");
      String id = Arrange.attendance(session, ann, 3.25).get(0);

      await().atMost(Duration.ofSeconds(30)).until(() -> !Arrange.eventsAbout(id).isEmpty());
      await()
          .during(Duration.ofSeconds(1))
          .atMost(Duration.ofSeconds(5))
          .until(() -> Arrange.eventsAbout(id).size() == 1);
      EventEnvelope envelope = Arrange.eventsAbout(id).get(0);
      assertThat(envelope.version()).isEqualTo(2);
      assertThat(EventCodec.payload(envelope))
          .isEqualTo(
              new ParticipationRecorded(
                  UUID.fromString(id),
                  ann,
                  project,
                  "FOCUS_GROUP",
                  LocalDate.of(2026, 10, 14),
                  new BigDecimal("3.25"),
                  Tokens.subjectOf(COORDINATOR_NAME),
                  activity,
                  session));
    }

    @Test
    void attendanceAtAnActivityOutsideAProjectIsPublishedWithoutAProject() {
      Map<String, Object> training = Arrange.activityBody(null);
      training.put("activityType", "TRAINING");
      UUID session = Arrange.session(Arrange.activity(training));
      String id = Arrange.attendance(session, Register.person("CARER", "Trainee"), 2).get(0);

      await().atMost(Duration.ofSeconds(30)).until(() -> !Arrange.eventsAbout(id).isEmpty());
      EventEnvelope envelope = Arrange.eventsAbout(id).get(0);
      assertThat(envelope.payload().has("projectId")).isFalse();
      ParticipationRecorded event = (ParticipationRecorded) EventCodec.payload(envelope);
      assertThat(event.projectId()).isNull();
      assertThat(event.activityType()).isEqualTo("TRAINING");
      assertThat(event.sessionId()).isEqualTo(session);
    }
  }

  @Nested
  class AllOrNothing {
    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "24.5", "1.255"})
    void hoursOutsideMoreThanZeroToADayAreNamedByLineAndNothingIsWritten(String hours) {
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
      UUID ann = Register.person("SERVICE_USER", "Ann Fine");
      UUID bob = Register.person("SERVICE_USER", "Bob Wrong");

      post(session, Arrange.sheet(ann, 2, bob, new BigDecimal(hours)))
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo("entries[1].hours"));
      assertThat(sheetOf(session)).isEmpty();
    }

    @Test
    void anUnknownPersonOnOneLineWritesNothingAndPublishesNothing() {
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
      UUID ann = Register.person("SERVICE_USER", "Ann Known");

      post(session, Arrange.sheet(ann, 2, UUID.randomUUID(), 2))
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("entries[1].personId"));
      assertThat(sheetOf(session)).isEmpty();
      assertNothingPublishedFor(session);
    }

    @Test
    void aPersonTwiceOnOneSheetIsAConflictAndWritesNothing() {
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
      UUID ann = Register.person("SERVICE_USER", "Ann Twice");
      UUID bob = Register.person("SERVICE_USER", "Bob Once");

      post(session, Arrange.sheet(ann, 2, bob, 1, ann, 2))
          .statusCode(409)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("entries[2].personId"));
      assertThat(sheetOf(session)).isEmpty();
      assertNothingPublishedFor(session);
    }

    @Test
    void aPersonAlreadyRecordedAtTheSessionIsAConflictAndTheRestIsNotWritten() {
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
      UUID ann = Register.person("SERVICE_USER", "Ann Earlier");
      UUID bob = Register.person("SERVICE_USER", "Bob Later");
      Arrange.attendance(session, ann, 2);

      post(session, Arrange.sheet(bob, 1, ann, 2))
          .statusCode(409)
          .body("errors[0].field", equalTo("entries[1].personId"));
      assertThat(sheetOf(session)).hasSize(1);
    }

    @Test
    void anEmptySheetIsNamed() {
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));

      post(session, Map.of("entries", List.of()))
          .statusCode(400)
          .body("errors[0].field", equalTo("entries"));
    }
  }

  @Nested
  class IdempotencyKeys {
    static io.restassured.response.ValidatableResponse postWithKey(
        UUID session, Object body, String key) {
      return given()
          .auth()
          .oauth2(COORDINATOR)
          .header("Idempotency-Key", key)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/sessions/{id}/attendance", session)
          .then();
    }

    @Test
    void aRetriedSheetWithTheSameKeyIsRecordedOnceAndAnsweredAgain() {
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
      UUID ann = Register.person("SERVICE_USER", "Ann Retried");
      String key = UUID.randomUUID().toString();
      List<String> first =
          postWithKey(session, Arrange.sheet(ann, 2), key)
              .statusCode(200)
              .extract()
              .path("entries.participationId");

      List<String> again =
          postWithKey(session, Arrange.sheet(ann, 2), key)
              .statusCode(200)
              .header("Idempotent-Replayed", "true")
              .extract()
              .path("entries.participationId");

      assertThat(again).isEqualTo(first);
      assertThat(sheetOf(session)).hasSize(1);
    }

    @Test
    void theSameKeyAtAnotherSessionIsRefused() {
      UUID activity = Arrange.activity(UUID.randomUUID());
      UUID ann = Register.person("SERVICE_USER", "Ann Elsewhere");
      String key = UUID.randomUUID().toString();
      postWithKey(Arrange.session(activity), Arrange.sheet(ann, 2), key).statusCode(200);

      postWithKey(Arrange.session(activity), Arrange.sheet(ann, 2), key)
          .statusCode(422)
          .body("errors[0].field", equalTo("Idempotency-Key"));
    }
  }

  @Nested
  class Access {
    @Test
    void anUnknownSessionIsNotFound() {
      post(UUID.randomUUID(), Arrange.sheet(UUID.randomUUID(), 1)).statusCode(404);
    }

    @Test
    void aVolunteerMayNeitherRecordNorReadASheet() {
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
      UUID me = Register.person("SERVICE_USER", "Val Self");
      String token = Tokens.volunteer("val", me);

      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(Arrange.sheet(me, 8))
          .post("/api/v1/sessions/{id}/attendance", session)
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/sessions/{id}/attendance", session)
          .then()
          .statusCode(403);
      assertThat(sheetOf(session)).isEmpty();
    }
  }
}
