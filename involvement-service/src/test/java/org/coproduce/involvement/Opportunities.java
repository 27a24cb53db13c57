package org.coproduce.involvement;

import static io.restassured.RestAssured.given;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opportunities, people who might suit them and their consent, made through the API. */
public final class Opportunities {

  /** A topic no other test uses, so what matches it is only what the test made. */
  public static String uniqueTopic() {
    return "topic-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A valid opportunity of the kind on the topics; tests change what they are about. */
  public static Map<String, Object> opportunity(String kind, List<String> topics) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    if (kind.equals("QI_PROJECT_ROLE")) {
      body.put("involvementLevel", "BIG_I");
      body.put("projectId", UUID.randomUUID().toString());
    }
    body.put("title", "Carer member of the discharge letters team");
    body.put("purpose", "Letters carers can act on, so fewer people come back within a week");
    body.put("startsAt", "2027-01-12T10:00:00Z");
    body.put("endsAt", "2027-01-12T12:00:00Z");
    body.put("online", false);
    body.put("location", "Seminar room 2, St James's Hospital");
    body.put("accessInformation", "Step-free entrance; hearing loop");
    body.put("expectedHours", 2);
    body.put("reward", "£20 per meeting and travel expenses");
    body.put("topics", topics);
    body.put("timesOfWeek", List.of());
    body.put("placesAvailable", 2);
    return body;
  }

  /** Creates a draft as the coordinator and returns its id. */
  public static String draft(Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/opportunities")
        .then()
        .statusCode(201)
        .header("Location", notNullValue())
        .extract()
        .path("id");
  }

  public static void publish(String id) {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .post("/api/v1/opportunities/{id}/publication", id)
        .then()
        .statusCode(200);
  }

  public static void close(String id) {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .post("/api/v1/opportunities/{id}/closure", id)
        .then()
        .statusCode(200);
  }

  /** Creates and publishes an opportunity; returns its id. */
  public static String published(Map<String, Object> body) {
    String id = draft(body);
    publish(id);
    return id;
  }

  /** Registers a person with interests and preferred times; returns their id. */
  public static UUID person(String displayName, List<String> interests, List<String> times) {
    Map<String, Object> body = new HashMap<>();
    body.put("personType", "CARER");
    body.put("displayName", displayName);
    body.put("interests", interests);
    body.put("preferredTimes", times);
    String id =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/people")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  /** Records the person's consent to be contacted about opportunities; returns its id. */
  public static String consentToContact(UUID personId) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "purpose", "CONTACT_ABOUT_OPPORTUNITIES",
                "wordingVersion", "2026-01",
                "channel", "ONLINE"))
        .post("/api/v1/people/{personId}/consents", personId)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static void withdrawConsent(UUID personId, String consentId) {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .post("/api/v1/people/{personId}/consents/{id}/withdrawal", personId, consentId)
        .then()
        .statusCode(200);
  }

  private Opportunities() {}
}
