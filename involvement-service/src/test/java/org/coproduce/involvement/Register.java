package org.coproduce.involvement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;

/**
 * What several test classes need: a coordinator, a person in the register, the service's events.
 */
public final class Register {
  public static final String COORDINATOR_NAME = "cora.coordinator";
  public static final String COORDINATOR = Tokens.of(COORDINATOR_NAME, "coordinator");

  /** Registers a person of the type through the API and returns their id. */
  public static UUID person(String personType, String displayName) {
    String id =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .contentType(ContentType.JSON)
            .body(
                """
                {"personType": "%s", "displayName": "%s", "email": "someone@example.org"}
                """
                    .formatted(personType, displayName))
            .post("/api/v1/people")
            .then()
            .statusCode(201)
            .header("Location", notNullValue())
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  public static List<EventEnvelope> events() {
    return KafkaProbe.events(SharedKafkaResource.bootstrapServers(), Topics.INVOLVEMENT_EVENTS);
  }

  private Register() {}
}
