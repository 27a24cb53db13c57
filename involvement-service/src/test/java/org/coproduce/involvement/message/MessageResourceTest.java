package org.coproduce.involvement.message;

import static io.restassured.RestAssured.given;
import static org.coproduce.involvement.Opportunities.opportunity;
import static org.coproduce.involvement.Opportunities.person;
import static org.coproduce.involvement.Opportunities.published;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MessageResourceTest {

  /** A person with one outcome message: they expressed interest and were declined. */
  static UUID personWithAMessage() {
    UUID person = person("Message Reader", List.of(), List.of());
    String opportunity = published(opportunity("SURVEY", List.of()));
    String interest =
        given()
            .auth()
            .oauth2(Tokens.volunteer("vic.volunteer", person))
            .contentType(ContentType.JSON)
            .body("{}")
            .post("/api/v1/opportunities/{id}/expressions-of-interest", opportunity)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(COORDINATOR)
        .post("/api/v1/expressions-of-interest/{id}/decline", interest)
        .then()
        .statusCode(200);
    return person;
  }

  static String firstMessageOf(String token) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/messages")
        .then()
        .statusCode(200)
        .extract()
        .path("items[0].id");
  }

  @Test
  void aVolunteerReadsTheirMessagesAndMarksOneRead() {
    String token = Tokens.volunteer("vic.volunteer", personWithAMessage());
    String id = firstMessageOf(token);

    given()
        .auth()
        .oauth2(token)
        .header("If-Match", "\"0\"")
        .post("/api/v1/messages/{id}/read", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("read", equalTo(true))
        .body("readAt", notNullValue());

    given()
        .auth()
        .oauth2(token)
        .queryParam("unread", true)
        .get("/api/v1/messages")
        .then()
        .body("items", hasSize(0));
    given().auth().oauth2(token).get("/api/v1/messages").then().body("items", hasSize(1));
  }

  @Test
  void anUnreadFilterThatIsNotABooleanIsRefusedNamingIt() {
    given()
        .auth()
        .oauth2(Tokens.volunteer("una.unread", personWithAMessage()))
        .queryParam("unread", "maybe")
        .get("/api/v1/messages")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("unread"));
  }

  @Test
  void nobodyReadsOrMarksSomeoneElsesMessage() {
    String id = firstMessageOf(Tokens.volunteer("vic.volunteer", personWithAMessage()));
    String intruder = Tokens.volunteer("ivy.intruder", personWithAMessage());

    given()
        .auth()
        .oauth2(intruder)
        .post("/api/v1/messages/{id}/read", id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(intruder)
        .get("/api/v1/messages")
        .then()
        .body("items", hasSize(1))
        .body("items[0].id", org.hamcrest.Matchers.not(equalTo(id)));
  }

  @Test
  void messagesAreForVolunteers() {
    given().auth().oauth2(COORDINATOR).get("/api/v1/messages").then().statusCode(403);
  }
}
