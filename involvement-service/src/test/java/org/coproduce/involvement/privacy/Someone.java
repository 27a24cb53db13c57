package org.coproduce.involvement.privacy;

import static io.restassured.RestAssured.given;
import static org.coproduce.involvement.Register.COORDINATOR;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;

/**
 * A person with something in every part of the register: a whole profile, a consent, a pyramid
 * level and a participation, all recorded through the API. {@code personalValues} are the values
 * unique to this person (the phone number and postcode may be shared), to look for in what is read.
 */
record Someone(UUID id, String name, String email, String phone, List<String> personalValues) {
  static final String PROFILE =
      """
      {"personType": "CARER", "displayName": "%s", "email": "%s", "phone": "%s",
       "postalAddress": "%s Park Row, Leeds", "postcode": "LS1 5HD",
       "accessNeeds": "Hearing loop for %s",
       "preferredTimes": ["WEEKEND"], "preferredLocations": ["Ward %s"],
       "interests": ["interest-%s"]}
      """;

  static Someone withEverything(String firstName) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String name = firstName + " Q" + tag;
    String email = "p" + tag + "@example.org";
    String phone = "07700 9" + tag.replaceAll("[^0-9]", "0").substring(0, 5);
    String id =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .contentType(ContentType.JSON)
            .body(PROFILE.formatted(name, email, phone, tag, tag, tag, tag))
            .post("/api/v1/people")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    UUID personId = UUID.fromString(id);
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(
            "{\"purpose\": \"NEWSLETTER\", \"wordingVersion\": \"2026-01\", \"channel\": \"PAPER\"}")
        .post("/api/v1/people/{id}/consents", personId)
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body("{\"level\": \"CONSULTING\"}")
        .put("/api/v1/people/{id}/pyramid-level", personId)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(participation(personId))
        .post("/api/v1/participations")
        .then()
        .statusCode(201);
    return new Someone(
        personId,
        name,
        email,
        phone,
        List.of(
            name,
            email,
            tag + " Park Row",
            "Hearing loop for " + tag,
            "Ward " + tag,
            "interest-" + tag));
  }

  static String participation(UUID personId) {
    return """
        {"personId": "%s", "projectId": "%s", "activityType": "FOCUS_GROUP",
         "date": "2026-05-01", "hours": 2}
        """
        .formatted(personId, UUID.randomUUID());
  }
}
