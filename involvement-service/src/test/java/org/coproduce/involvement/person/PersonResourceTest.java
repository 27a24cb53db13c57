package org.coproduce.involvement.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coproduce.events.EventEnvelope;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonResourceTest {
  static final String ADMIN = Tokens.of("ada.admin", "admin");

  static List<EventEnvelope> eventsAbout(UUID personId) {
    return Register.events().stream()
        .filter(e -> e.aggregateId().equals(personId.toString()))
        .toList();
  }

  @Test
  void registeredPersonCanBeReadBack() {
    String id =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .contentType(ContentType.JSON)
            .body(
                """
                {"personType": "CARER", "displayName": "  Sam Okafor ",
                 "email": "sam@example.org", "phone": "07700 900123"}
                """)
            .post("/api/v1/people")
            .then()
            .statusCode(201)
            .header("Location", notNullValue())
            .header("ETag", notNullValue())
            .extract()
            .path("id");

    given()
        .auth()
        .oauth2(ADMIN)
        .get("/api/v1/people/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("personType", equalTo("CARER"))
        .body("displayName", equalTo("Sam Okafor"))
        .body("email", equalTo("sam@example.org"))
        .body("phone", equalTo("07700 900123"));
  }

  @Test
  void contactDetailsAreOptional() {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body("{\"personType\": \"STAKEHOLDER\", \"displayName\": \"Councillor Reid\"}")
        .post("/api/v1/people")
        .then()
        .statusCode(201)
        .body("email", nullValue())
        .body("phone", nullValue());
  }

  @Test
  void listIsPagedNewestFirstWithACursor() {
    UUID first = Register.person("SERVICE_USER", "Paging one");
    UUID second = Register.person("SERVICE_USER", "Paging two");

    String cursor =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .queryParam("limit", 1)
            .get("/api/v1/people")
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .body("items[0].id", equalTo(second.toString()))
            .extract()
            .path("nextCursor");

    given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("limit", 1)
        .queryParam("cursor", cursor)
        .get("/api/v1/people")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo(first.toString()));
  }

  @Nested
  class Volunteers {
    @Test
    void aVolunteerSeesTheirOwnRecord() {
      UUID me = Register.person("SERVICE_USER", "Val Jones");

      given()
          .auth()
          .oauth2(Tokens.volunteer("val", me))
          .get("/api/v1/people/{id}", me)
          .then()
          .statusCode(200)
          .body("id", equalTo(me.toString()));
    }

    @Test
    void anotherPersonsRecordIsNotFoundForAVolunteer() {
      UUID me = Register.person("SERVICE_USER", "Val Jones");
      UUID someoneElse = Register.person("CARER", "Not Val");

      given()
          .auth()
          .oauth2(Tokens.volunteer("val", me))
          .get("/api/v1/people/{id}", someoneElse)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("title", equalTo("Not found"));
    }

    @Test
    void aVolunteerCannotListTheRegister() {
      given()
          .auth()
          .oauth2(Tokens.volunteer("val", UUID.randomUUID()))
          .get("/api/v1/people")
          .then()
          .statusCode(403);
    }
  }

  @Nested
  class Events {
    @Test
    void registrationIsPublishedOnceWithoutPersonalData() {
      UUID id = Register.person("FAMILY_MEMBER", "Private Name");

      await().atMost(Duration.ofSeconds(30)).until(() -> !eventsAbout(id).isEmpty());
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(5))
          .until(() -> eventsAbout(id).size() == 1);

      EventEnvelope event = eventsAbout(id).get(0);
      assertThat(event.type()).isEqualTo("PersonRegistered");
      assertThat(event.producer()).isEqualTo("involvement-service");
      assertThat(event.payload().get("personId").asText()).isEqualTo(id.toString());
      assertThat(event.payload().get("personType").asText()).isEqualTo("FAMILY_MEMBER");
      assertThat(event.payload().toString())
          .as("no names or contact details in events")
          .doesNotContain("Private Name")
          .doesNotContain("someone@example.org");
    }
  }

  @Nested
  class Refusals {
    @Test
    void aMissingPersonTypeIsNamed() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body("{\"displayName\": \"No Type\"}")
          .post("/api/v1/people")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("personType"));
    }

    @Test
    void anUnknownPersonTypeIsNamed() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body("{\"personType\": \"VOLUNTEER\", \"displayName\": \"Wrong Type\"}")
          .post("/api/v1/people")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("personType"));
    }

    @Test
    void anEmailThatIsNotOneIsNamed() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body("{\"personType\": \"CARER\", \"displayName\": \"Bad Mail\", \"email\": \"nope\"}")
          .post("/api/v1/people")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("email"));
    }

    @Test
    void anUnknownPersonIsNotFound() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{id}", UUID.randomUUID())
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }

    @Test
    void noTokenIsUnauthorized() {
      given().get("/api/v1/people").then().statusCode(401);
      given()
          .contentType(ContentType.JSON)
          .body("{\"personType\": \"CARER\", \"displayName\": \"Anon\"}")
          .post("/api/v1/people")
          .then()
          .statusCode(401);
    }

    @Test
    void financeMayNotTouchTheRegister() {
      String finance = Tokens.of("fin", "finance");
      given()
          .auth()
          .oauth2(finance)
          .contentType(ContentType.JSON)
          .body("{\"personType\": \"CARER\", \"displayName\": \"Not Yours\"}")
          .post("/api/v1/people")
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", startsWith("Your role"));
      given().auth().oauth2(finance).get("/api/v1/people").then().statusCode(403);
    }
  }
}
