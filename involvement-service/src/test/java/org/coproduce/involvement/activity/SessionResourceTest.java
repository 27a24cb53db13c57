package org.coproduce.involvement.activity;

import static io.restassured.RestAssured.given;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.involvement.Arrange;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SessionResourceTest {

  static io.restassured.response.ValidatableResponse arrange(
      UUID activityId, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/activities/{id}/sessions", activityId)
        .then();
  }

  @Test
  void anArrangedSessionCanBeReadBackByAVolunteer() {
    UUID activity = Arrange.activity(UUID.randomUUID());
    String location =
        arrange(activity, Arrange.sessionBody()).statusCode(201).extract().header("Location");
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

    given()
        .auth()
        .oauth2(Tokens.volunteer("val", UUID.randomUUID()))
        .get(location)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("id", equalTo(id.toString()))
        .body("activityId", equalTo(activity.toString()))
        .body("startsAt", equalTo("2026-10-14T10:00:00Z"))
        .body("endsAt", equalTo("2026-10-14T12:30:00Z"))
        .body("location", equalTo("Room 3, Education Centre"))
        .body("online", equalTo(false))
        .body("accessInformation", equalTo("Step-free access; hearing loop"));
  }

  @Test
  void anOnlineSessionNeedsNoLocation() {
    UUID activity = Arrange.activity(UUID.randomUUID());
    Map<String, Object> body = Arrange.sessionBody();
    body.remove("location");
    body.put("online", true);

    arrange(activity, body)
        .statusCode(201)
        .body("online", equalTo(true))
        .body("location", nullValue());
  }

  @Test
  void anActivitysSessionsAreListedNewestFirst() {
    UUID activity = Arrange.activity(UUID.randomUUID());
    UUID first = Arrange.session(activity);
    UUID second = Arrange.session(activity);
    Arrange.session(Arrange.activity(UUID.randomUUID()));

    given()
        .auth()
        .oauth2(Tokens.of("lena.lead", "qi-lead"))
        .get("/api/v1/activities/{id}/sessions", activity)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(second.toString(), first.toString())));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2026-10-14T10:00:00Z", "2026-10-14T09:59:59Z", "2026-10-14T11:00:00+02:00"})
  void aSessionEndingAtOrBeforeItsStartIsRefusedNamingEndsAt(String endsAt) {
    UUID activity = Arrange.activity(UUID.randomUUID());
    Map<String, Object> body = Arrange.sessionBody();
    body.put("endsAt", endsAt);

    arrange(activity, body)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("endsAt"));
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/activities/{id}/sessions", activity)
        .then()
        .body("items", hasSize(0));
  }

  @Test
  void aSessionInNoPlaceAndNotOnlineIsRefusedNamingLocation() {
    UUID activity = Arrange.activity(UUID.randomUUID());
    Map<String, Object> body = Arrange.sessionBody();
    body.put("location", " ");

    arrange(activity, body).statusCode(400).body("errors[0].field", equalTo("location"));
  }

  @Test
  void missingTimesAreNamed() {
    UUID activity = Arrange.activity(UUID.randomUUID());

    arrange(activity, Map.of("online", true))
        .statusCode(400)
        .body("errors.field", equalTo(List.of("endsAt", "startsAt")));
  }

  @Test
  void aSessionOfAnUnknownActivityIsNotFound() {
    arrange(UUID.randomUUID(), Arrange.sessionBody()).statusCode(404);
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/sessions/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void aVolunteerMayNotArrangeASession() {
    UUID activity = Arrange.activity(UUID.randomUUID());

    given()
        .auth()
        .oauth2(Tokens.volunteer("val", UUID.randomUUID()))
        .contentType(ContentType.JSON)
        .body(Arrange.sessionBody())
        .post("/api/v1/activities/{id}/sessions", activity)
        .then()
        .statusCode(403);
  }
}
