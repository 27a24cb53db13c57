package org.coproduce.involvement;

import static io.restassured.RestAssured.given;
import static org.coproduce.involvement.Register.COORDINATOR;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.EventEnvelope;

/** Activities, sessions and attendance, arranged through the API as a coordinator would. */
public final class Arrange {

  /** A valid activity for the project (or none); tests change what they are about. */
  public static Map<String, Object> activityBody(UUID projectId) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Discharge letters focus group");
    body.put("activityType", "FOCUS_GROUP");
    body.put("involvementLevel", "LITTLE_I");
    body.put("purpose", "Letters that patients understand");
    body.put("projectId", projectId);
    return body;
  }

  public static UUID activity(UUID projectId) {
    return activity(activityBody(projectId));
  }

  public static UUID activity(Map<String, Object> body) {
    String id =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/activities")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  /**
   * A valid session in a room on 14 October 2026, a day payment-service's rate card covers; tests
   * change what they are about.
   */
  public static Map<String, Object> sessionBody() {
    Map<String, Object> body = new HashMap<>();
    body.put("startsAt", "2026-10-14T10:00:00Z");
    body.put("endsAt", "2026-10-14T12:30:00Z");
    body.put("location", "Room 3, Education Centre");
    body.put("online", false);
    body.put("accessInformation", "Step-free access; hearing loop");
    return body;
  }

  public static UUID session(UUID activityId) {
    String id =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .contentType(ContentType.JSON)
            .body(sessionBody())
            .post("/api/v1/activities/{id}/sessions", activityId)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  /** A sheet body: person id and hours, line by line. */
  public static Map<String, Object> sheet(Object... personAndHours) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (int i = 0; i < personAndHours.length; i += 2) {
      entries.add(Map.of("personId", personAndHours[i], "hours", personAndHours[i + 1]));
    }
    return Map.of("entries", entries);
  }

  /** Records the sheet at the session and returns the participation ids, line by line. */
  public static List<String> attendance(UUID sessionId, Object... personAndHours) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(sheet(personAndHours))
        .post("/api/v1/sessions/{id}/attendance", sessionId)
        .then()
        .statusCode(200)
        .extract()
        .path("entries.participationId");
  }

  /** The service's events about an aggregate, in the order they were published. */
  public static List<EventEnvelope> eventsAbout(Object aggregateId) {
    return Register.events().stream()
        .filter(e -> e.aggregateId().equals(aggregateId.toString()))
        .toList();
  }

  private Arrange() {}
}
