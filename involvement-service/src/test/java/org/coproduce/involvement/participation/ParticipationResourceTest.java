package org.coproduce.involvement.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.coproduce.involvement.Register.COORDINATOR_NAME;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
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
class ParticipationResourceTest {
  static final UUID PROJECT = UUID.randomUUID();
  private static UUID activity;

  /** A valid attendance of the person at a new session; tests change what they are about. */
  static Map<String, Object> attendance(UUID personId) {
    if (activity == null) {
      activity = Arrange.activity(PROJECT);
    }
    Map<String, Object> body = new HashMap<>();
    body.put("personId", personId);
    body.put("projectId", PROJECT);
    body.put("activityType", "FOCUS_GROUP");
    body.put("date", "2026-03-14");
    body.put("hours", new BigDecimal("2.5"));
    body.put("sessionId", Arrange.session(activity));
    return body;
  }

  static ValidatableResponse post(Map<String, Object> body, String idempotencyKey) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .header("Idempotency-Key", idempotencyKey)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/participations")
        .then();
  }

  static String record(Map<String, Object> body) {
    return record(body, COORDINATOR, UUID.randomUUID().toString());
  }

  static String record(Map<String, Object> body, String token, String requestId) {
    return given()
        .auth()
        .oauth2(token)
        .header("X-Request-Id", requestId)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/participations")
        .then()
        .statusCode(201)
        .header("Location", notNullValue())
        .header("ETag", notNullValue())
        .extract()
        .path("id");
  }

  static List<EventEnvelope> eventsAbout(String participationId) {
    return Register.events().stream().filter(e -> e.aggregateId().equals(participationId)).toList();
  }

  @Test
  void recordedParticipationCanBeReadBack() {
    UUID person = Register.person("SERVICE_USER", "Alex Doe");
    String id = record(attendance(person));

    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/participations/{id}", id)
        .then()
        .statusCode(200)
        .body("personId", equalTo(person.toString()))
        .body("projectId", equalTo(PROJECT.toString()))
        .body("activityType", equalTo("FOCUS_GROUP"))
        .body("date", equalTo("2026-03-14"))
        .body("hours", equalTo(2.5f))
        .body("recordedBy", equalTo(Tokens.subjectOf(COORDINATOR_NAME)));
  }

  @Test
  void aPersonsParticipationsAreListedNewestFirst() {
    UUID person = Register.person("CARER", "Busy Carer");
    String first = record(attendance(person));
    String second = record(attendance(person));

    given()
        .auth()
        .oauth2(Tokens.of("ada.admin", "admin"))
        .queryParam("personId", person)
        .get("/api/v1/participations")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[0].id", equalTo(second))
        .body("items[1].id", equalTo(first));
  }

  @Test
  void aQiLeadCanRecordAttendanceAtTheirProject() {
    UUID person = Register.person("SERVICE_USER", "Team Member");

    record(attendance(person), Tokens.of("lena.lead", "qi-lead"), UUID.randomUUID().toString());
  }

  @Nested
  class Sessions {
    @Test
    void attendingTheSameSessionTwiceIsAConflict() {
      UUID person = Register.person("SERVICE_USER", "Twice");
      Map<String, Object> body = attendance(person);
      record(body);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/participations")
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("sessionId"));
    }

    @Test
    void anotherPersonMayAttendTheSameSession() {
      Map<String, Object> first = attendance(Register.person("SERVICE_USER", "One"));
      Map<String, Object> second = attendance(Register.person("SERVICE_USER", "Two"));
      second.put("sessionId", first.get("sessionId"));

      record(first);
      record(second);
    }

    @Test
    void aParticipationAtASessionNamesTheSessionsActivity() {
      Map<String, Object> body = attendance(Register.person("SERVICE_USER", "At A Session"));
      String id = record(body);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/participations/{id}", id)
          .then()
          .statusCode(200)
          .body("activityId", equalTo(activity.toString()));
    }

    @Test
    void anUnknownSessionIsRefusedNamingIt() {
      Map<String, Object> body = attendance(Register.person("SERVICE_USER", "Nowhere"));
      body.put("sessionId", UUID.randomUUID());

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/participations")
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("sessionId"));
    }

    @Test
    void theSameAttendanceWithoutASessionIsAConflict() {
      Map<String, Object> body = attendance(Register.person("SERVICE_USER", "Surveyed"));
      body.put("activityType", "SURVEY");
      body.remove("sessionId");
      record(body);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/participations")
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("date"));
    }

    @Test
    void withoutASessionAnotherDayOrKindIsAnotherAttendance() {
      Map<String, Object> body = attendance(Register.person("SERVICE_USER", "Regular"));
      body.remove("sessionId");
      record(body);
      body.put("date", "2026-03-15");
      record(body);
      body.put("activityType", "SURVEY");
      record(body);
    }
  }

  @Nested
  class IdempotencyKeys {
    @Test
    void aRetryWithTheSameKeyRecordsOnceAndGetsTheSameAnswer() {
      Map<String, Object> body = attendance(Register.person("SERVICE_USER", "Retried"));
      body.remove("sessionId");
      String key = UUID.randomUUID().toString();
      String first = post(body, key).statusCode(201).extract().path("id");

      String again =
          post(body, key)
              .statusCode(201)
              .header("Idempotent-Replayed", "true")
              .header("Location", notNullValue())
              .extract()
              .path("id");

      assertThat(again).isEqualTo(first);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("personId", body.get("personId"))
          .get("/api/v1/participations")
          .then()
          .statusCode(200)
          .body("items", hasSize(1));
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(30))
          .until(() -> eventsAbout(first).size() == 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
      Map<String, Object> body = attendance(Register.person("SERVICE_USER", "Reused Key"));
      String key = UUID.randomUUID().toString();
      post(body, key).statusCode(201);
      body.put("hours", new BigDecimal("3"));

      post(body, key)
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("Idempotency-Key"));
    }
  }

  @Nested
  class Events {
    @Test
    void eachParticipationIsPublishedOnceWithItsFacts() {
      UUID person = Register.person("SERVICE_USER", "Paid Person");
      Map<String, Object> body = attendance(person);
      body.put("activityType", "CO_PRODUCTION_WORKSHOP");
      body.put("hours", new BigDecimal("3.25"));
      String id = record(body);

      await().atMost(Duration.ofSeconds(30)).until(() -> !eventsAbout(id).isEmpty());
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(5))
          .until(() -> eventsAbout(id).size() == 1);

      EventEnvelope envelope = eventsAbout(id).get(0);
      assertThat(envelope.type()).isEqualTo("ParticipationRecorded");
      assertThat(envelope.producer()).isEqualTo("involvement-service");
      ParticipationRecorded event = (ParticipationRecorded) EventCodec.payload(envelope);
      assertThat(event.participationId()).hasToString(id);
      assertThat(event.personId()).isEqualTo(person);
      assertThat(event.projectId()).isEqualTo(PROJECT);
      assertThat(event.activityType()).isEqualTo("CO_PRODUCTION_WORKSHOP");
      assertThat(event.date()).isEqualTo(LocalDate.of(2026, 3, 14));
      assertThat(event.hours()).isEqualByComparingTo("3.25");
      assertThat(event.recordedBy()).isEqualTo(Tokens.subjectOf(COORDINATOR_NAME));
    }

    @Test
    void aRefusedDuplicatePublishesNothing() {
      Map<String, Object> body = attendance(Register.person("SERVICE_USER", "Once Only"));
      record(body);
      String refusedRequest = UUID.randomUUID().toString();

      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("X-Request-Id", refusedRequest)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/participations")
          .then()
          .statusCode(409);

      // The relay publishes in commit order: once a later participation's event is out, an event
      // of the refused request would be out too, had its transaction committed.
      String marker = record(attendance(Register.person("SERVICE_USER", "Marker")));
      await().atMost(Duration.ofSeconds(30)).until(() -> !eventsAbout(marker).isEmpty());
      assertThat(Register.events()).noneMatch(e -> refusedRequest.equals(e.correlationId()));
    }
  }

  @Nested
  class Volunteers {
    @Test
    void aVolunteerSeesTheirOwnParticipations() {
      UUID me = Register.person("SERVICE_USER", "Val Own");
      String id = record(attendance(me));
      String token = Tokens.volunteer("val", me);

      given()
          .auth()
          .oauth2(token)
          .queryParam("personId", me)
          .get("/api/v1/participations")
          .then()
          .statusCode(200)
          .body("items", hasSize(1))
          .body("items[0].id", equalTo(id));
      given().auth().oauth2(token).get("/api/v1/participations/{id}", id).then().statusCode(200);
    }

    @Test
    void anotherPersonsParticipationsAreNotFoundForAVolunteer() {
      UUID me = Register.person("SERVICE_USER", "Val Own");
      UUID someoneElse = Register.person("CARER", "Someone Else");
      String theirs = record(attendance(someoneElse));
      String token = Tokens.volunteer("val", me);

      given()
          .auth()
          .oauth2(token)
          .queryParam("personId", someoneElse)
          .get("/api/v1/participations")
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/participations/{id}", theirs)
          .then()
          .statusCode(404);
    }

    @Test
    void aVolunteerCannotRecordAttendance() {
      UUID me = Register.person("SERVICE_USER", "Self Recorder");

      given()
          .auth()
          .oauth2(Tokens.volunteer("val", me))
          .contentType(ContentType.JSON)
          .body(attendance(me))
          .post("/api/v1/participations")
          .then()
          .statusCode(403);
    }
  }

  @Nested
  class Refusals {
    @ParameterizedTest
    @ValueSource(strings = {"0", "25", "-1", "1.255"})
    void hoursOutsideMoreThanZeroToTwentyFourWithTwoDecimalsAreNamed(String hours) {
      UUID person = Register.person("SERVICE_USER", "Hours");
      Map<String, Object> body = attendance(person);
      body.put("hours", new BigDecimal(hours));

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/participations")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo("hours"));
    }

    @Test
    void anUnknownActivityTypeIsNamed() {
      Map<String, Object> body = attendance(Register.person("SERVICE_USER", "Activity"));
      body.put("activityType", "KARAOKE");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/participations")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("activityType"));
    }

    @Test
    void missingFieldsAreNamed() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body("{\"hours\": 1}")
          .post("/api/v1/participations")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", equalTo(List.of("activityType", "date", "personId", "projectId")));
    }

    @Test
    void aPersonNotInTheRegisterBreaksARule() {
      UUID stranger = UUID.randomUUID();

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(attendance(stranger))
          .post("/api/v1/participations")
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("personId"));
    }

    @Test
    void listingNeedsAPersonId() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/participations")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("personId"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("personId", "not-a-uuid")
          .get("/api/v1/participations")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("personId"));
    }

    @Test
    void noTokenIsUnauthorized() {
      given()
          .contentType(ContentType.JSON)
          .body(attendance(UUID.randomUUID()))
          .post("/api/v1/participations")
          .then()
          .statusCode(401);
      given()
          .queryParam("personId", UUID.randomUUID())
          .get("/api/v1/participations")
          .then()
          .statusCode(401);
    }

    @Test
    void financeMayNotRecordOrReadAttendance() {
      String finance = Tokens.of("fin", "finance");
      given()
          .auth()
          .oauth2(finance)
          .contentType(ContentType.JSON)
          .body(attendance(UUID.randomUUID()))
          .post("/api/v1/participations")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(finance)
          .queryParam("personId", UUID.randomUUID())
          .get("/api/v1/participations")
          .then()
          .statusCode(403);
    }
  }
}
