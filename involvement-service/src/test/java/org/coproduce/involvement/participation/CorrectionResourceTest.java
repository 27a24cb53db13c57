package org.coproduce.involvement.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.EventCodec;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.ParticipationCorrected;
import org.coproduce.involvement.Arrange;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorrectionResourceTest {
  static final String QI_LEAD_NAME = "lena.lead";
  static final String QI_LEAD = Tokens.of(QI_LEAD_NAME, "qi-lead");
  static final String REASON = "The workshop overran by half an hour";

  static ValidatableResponse correct(String participationId, Object hours, String ifMatch) {
    var request =
        given()
            .auth()
            .oauth2(QI_LEAD)
            .contentType(ContentType.JSON)
            .body(Map.of("hours", hours, "reason", REASON));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.post("/api/v1/participations/{id}/corrections", participationId).then();
  }

  static List<EventEnvelope> correctionsPublishedFor(String participationId) {
    return Arrange.eventsAbout(participationId).stream()
        .filter(e -> e.type().equals("ParticipationCorrected"))
        .toList();
  }

  /** A participation of 2 hours at a session of an activity of the project (or none). */
  static String attended(UUID project, UUID person) {
    UUID session = Arrange.session(Arrange.activity(project));
    return Arrange.attendance(session, person, 2).get(0);
  }

  @Test
  void aCorrectionIsKeptAndTheParticipationShowsTheNewHours() {
    UUID person = Register.person("SERVICE_USER", "Corrected Person");
    String id = attended(UUID.randomUUID(), person);

    correct(id, 2.5, "\"0\"")
        .statusCode(201)
        .header("ETag", "\"1\"")
        .body("participationId", equalTo(id))
        .body("previousHours", equalTo(2.0f))
        .body("hours", equalTo(2.5f))
        .body("reason", equalTo(REASON))
        .body("correctedBy", equalTo(Tokens.subjectOf(QI_LEAD_NAME)));

    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/participations/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("hours", equalTo(2.5f));
    correct(id, 3, "\"1\"").statusCode(201);
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/participations/{id}/corrections", id)
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items.previousHours", equalTo(List.of(2.5f, 2.0f)))
        .body("items.hours", equalTo(List.of(3.0f, 2.5f)));
  }

  @Test
  void aCorrectionIsPublishedExactlyOnceWithoutItsReason() {
    UUID project = UUID.randomUUID();
    UUID person = Register.person("SERVICE_USER", "Published Correction");
    String id = attended(project, person);

    String correctionId = correct(id, 1.5, null).statusCode(201).extract().path("id");

    await().atMost(Duration.ofSeconds(30)).until(() -> !correctionsPublishedFor(id).isEmpty());
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(5))
        .until(() -> correctionsPublishedFor(id).size() == 1);
    EventEnvelope envelope = correctionsPublishedFor(id).get(0);
    assertThat(EventCodec.payload(envelope))
        .usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(
            new ParticipationCorrected(
                UUID.fromString(correctionId),
                UUID.fromString(id),
                person,
                project,
                "FOCUS_GROUP",
                LocalDate.of(2026, 10, 14),
                new BigDecimal("2"),
                new BigDecimal("1.5"),
                Tokens.subjectOf(QI_LEAD_NAME)));
    assertThat(envelope.payload().toString()).doesNotContain("overran");
  }

  @Test
  void aCorrectionOutsideAProjectIsPublishedWithoutOne() {
    String id = attended(null, Register.person("CARER", "No Project"));

    correct(id, 4, null).statusCode(201);

    await().atMost(Duration.ofSeconds(30)).until(() -> !correctionsPublishedFor(id).isEmpty());
    ParticipationCorrected event =
        (ParticipationCorrected) EventCodec.payload(correctionsPublishedFor(id).get(0));
    assertThat(event.projectId()).isNull();
  }

  @Nested
  class Refusals {
    @Test
    void theSameHoursAsNowAreNoCorrection() {
      String id = attended(UUID.randomUUID(), Register.person("SERVICE_USER", "Same Hours"));

      correct(id, 2, null)
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("hours"));
      assertThat(correctionsOf(id)).isEmpty();
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
      String id = attended(UUID.randomUUID(), Register.person("SERVICE_USER", "Stale"));
      correct(id, 3, "\"0\"").statusCode(201);

      correct(id, 4, "\"0\"").statusCode(412).contentType("application/problem+json");
      assertThat(correctionsOf(id)).hasSize(1);
    }

    @Test
    void invalidHoursAndAMissingReasonAreNamed() {
      String id = attended(UUID.randomUUID(), Register.person("SERVICE_USER", "Invalid"));

      correct(id, 25, null).statusCode(400).body("errors[0].field", equalTo("hours"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Map.of("hours", 3))
          .post("/api/v1/participations/{id}/corrections", id)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("reason"));
      assertThat(correctionsOf(id)).isEmpty();
    }

    @Test
    void anUnknownParticipationIsNotFound() {
      correct(UUID.randomUUID().toString(), 3, null).statusCode(404);
    }

    @Test
    void aVolunteerMayNotCorrectButSeesCorrectionsOfTheirOwnOnly() {
      UUID me = Register.person("SERVICE_USER", "Val Corrected");
      String mine = attended(UUID.randomUUID(), me);
      String theirs = attended(UUID.randomUUID(), Register.person("CARER", "Not Val"));
      String token = Tokens.volunteer("val", me);

      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(Map.of("hours", 8, "reason", "I stayed all day"))
          .post("/api/v1/participations/{id}/corrections", mine)
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/participations/{id}/corrections", mine)
          .then()
          .statusCode(200);
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/participations/{id}/corrections", theirs)
          .then()
          .statusCode(404);
    }
  }

  static List<Object> correctionsOf(String participationId) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/participations/{id}/corrections", participationId)
        .then()
        .statusCode(200)
        .extract()
        .path("items");
  }
}
