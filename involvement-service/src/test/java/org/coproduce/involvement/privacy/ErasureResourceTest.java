package org.coproduce.involvement.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.coproduce.involvement.Register.COORDINATOR_NAME;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coproduce.events.EventEnvelope;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureResourceTest {

  static ValidatableResponse erase(String token, UUID personId) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"PERSON_ASKED\"}")
        .post("/api/v1/people/{id}/erasure", personId)
        .then();
  }

  static String read(String path, Object... params) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get(path, params)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  static void assertHoldsNoneOf(String body, Someone someone) {
    someone.personalValues().forEach(value -> assertThat(body).doesNotContain(value));
  }

  @Nested
  class Erasing {
    @Test
    void leavesNoPersonalFieldReadableThroughAnyEndpoint() {
      Someone erin = Someone.withEverything("Erin");

      erase(COORDINATOR, erin.id())
          .statusCode(200)
          .header("ETag", notNullValue())
          .body("personId", equalTo(erin.id().toString()))
          .body("displayName", equalTo("Erased person " + erin.id().toString().substring(0, 6)))
          .body("erasedAt", notNullValue())
          .body("erasedBy", equalTo(Tokens.subjectOf(COORDINATOR_NAME)))
          .body("reason", equalTo("PERSON_ASKED"));

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{id}", erin.id())
          .then()
          .statusCode(200)
          .body("displayName", startsWith("Erased person "))
          .body("email", nullValue())
          .body("phone", nullValue())
          .body("postalAddress", nullValue())
          .body("postcode", nullValue())
          .body("accessNeeds", nullValue())
          .body("preferredTimes", empty())
          .body("preferredLocations", empty())
          .body("interests", empty())
          .body("erasedAt", notNullValue());
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("name", erin.name())
          .get("/api/v1/people")
          .then()
          .statusCode(200)
          .body("items", hasSize(0));
      assertHoldsNoneOf(read("/api/v1/people/{id}", erin.id()), erin);
      assertHoldsNoneOf(read("/api/v1/people?type=CARER&limit=100"), erin);
      assertHoldsNoneOf(read("/api/v1/people/{id}/consents", erin.id()), erin);
      assertHoldsNoneOf(read("/api/v1/subject-access/{id}", erin.id()), erin);
    }

    @Test
    void consentsAreWithdrawnAndKeptOnlyAsPurposesAndDates() {
      Someone cat = Someone.withEverything("Cat");

      erase(COORDINATOR, cat.id()).statusCode(200);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{id}/consents", cat.id())
          .then()
          .statusCode(200)
          .body("current.allowed", everyItem(equalTo(false)))
          .body("history", hasSize(1))
          .body("history[0].purpose", equalTo("NEWSLETTER"))
          .body("history[0].givenAt", notNullValue())
          .body("history[0].withdrawnAt", notNullValue())
          .body("history[0].wordingVersion", nullValue())
          .body("history[0].channel", nullValue())
          .body("history[0].recordedBy", nullValue())
          .body("history[0].inForce", equalTo(false));
    }

    @Test
    void historyStaysAgainstTheSameId() {
      Someone hal = Someone.withEverything("Hal");

      erase(COORDINATOR, hal.id()).statusCode(200);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("personId", hal.id())
          .get("/api/v1/participations")
          .then()
          .statusCode(200)
          .body("items", hasSize(1));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{id}/pyramid-level/history", hal.id())
          .then()
          .statusCode(200)
          .body("items[0].toLevel", equalTo("CONSULTING"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/subject-access/{id}", hal.id())
          .then()
          .statusCode(200)
          .body("erasedAt", notNullValue())
          .body("sections.participations", hasSize(1))
          .body("sections.pyramidLevel.current.level", equalTo("CONSULTING"));
    }

    @Test
    void personErasedIsPublishedOnceWithIdsOnly() {
      Someone pat = Someone.withEverything("Pat");

      erase(COORDINATOR, pat.id()).statusCode(200);

      await().atMost(Duration.ofSeconds(30)).until(() -> erasures(pat.id()).size() == 1);
      EventEnvelope erased = erasures(pat.id()).get(0);
      assertThat(erased.aggregateType()).isEqualTo("Person");
      assertThat(erased.payload().get("personId").asText()).isEqualTo(pat.id().toString());
      assertThat(erased.payload().get("erasedAt").asText()).isNotBlank();
      assertThat(erased.payload().size()).isEqualTo(2);
      assertHoldsNoneOf(erased.toString(), pat);
    }

    List<EventEnvelope> erasures(UUID personId) {
      return Register.events().stream()
          .filter(e -> e.type().equals("PersonErased"))
          .filter(e -> e.aggregateId().equals(personId.toString()))
          .toList();
    }
  }

  @Nested
  class Afterwards {
    @Test
    void erasingTwiceIsAConflict() {
      Someone twice = Someone.withEverything("Twice");
      erase(COORDINATOR, twice.id()).statusCode(200);

      erase(COORDINATOR, twice.id()).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void nothingNewIsRecordedAboutAnErasedPerson() {
      Someone gone = Someone.withEverything("Gone");
      erase(COORDINATOR, gone.id()).statusCode(200);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Someone.participation(gone.id()))
          .post("/api/v1/participations")
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("personId"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(
              "{\"purpose\": \"RESEARCH\", \"wordingVersion\": \"2026-01\", \"channel\": \"PAPER\"}")
          .post("/api/v1/people/{id}/consents", gone.id())
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("personId"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body("{\"level\": \"LEADING\"}")
          .put("/api/v1/people/{id}/pyramid-level", gone.id())
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("personId"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(
              Someone.PROFILE.formatted(
                  gone.name(), gone.email(), gone.phone(), "1", "x", "x", "x"))
          .put("/api/v1/people/{id}", gone.id())
          .then()
          .statusCode(422);
      assertHoldsNoneOf(read("/api/v1/people/{id}", gone.id()), gone);
    }

    @Test
    void theErasedPersonsOwnTokenFindsNothing() {
      Someone me = Someone.withEverything("Mel");
      String token = Tokens.volunteer("mel.erased", me.id());
      erase(COORDINATOR, me.id()).statusCode(200);

      given().auth().oauth2(token).get("/api/v1/people/{id}", me.id()).then().statusCode(404);
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/subject-access/{id}", me.id())
          .then()
          .statusCode(404);
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/people/{id}/consents", me.id())
          .then()
          .statusCode(404);
    }
  }

  @Nested
  class Refusals {
    @Test
    void onlyTheRegistersKeepersEraseAndEveryoneElseGets404() {
      Someone kept = Someone.withEverything("Kept");
      for (String token :
          List.of(
              Tokens.volunteer("kept.self", kept.id()),
              Tokens.of("lena.lead", "qi-lead"),
              Tokens.of("fiona.finance", "finance"))) {
        erase(token, kept.id()).statusCode(404).contentType("application/problem+json");
      }

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{id}", kept.id())
          .then()
          .body("displayName", equalTo(kept.name()))
          .body("erasedAt", nullValue());
    }

    @Test
    void aStaleIfMatchIsRefusedAndErasesNothing() {
      Someone stale = Someone.withEverything("Stale");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"99\"")
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/api/v1/people/{id}/erasure", stale.id())
          .then()
          .statusCode(412)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{id}", stale.id())
          .then()
          .body("displayName", equalTo(stale.name()));
    }

    @Test
    void aCurrentIfMatchErases() {
      Someone current = Someone.withEverything("Current");
      String etag =
          given()
              .auth()
              .oauth2(COORDINATOR)
              .get("/api/v1/people/{id}", current.id())
              .then()
              .extract()
              .header("ETag");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", etag)
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/api/v1/people/{id}/erasure", current.id())
          .then()
          .statusCode(200)
          .body("reason", nullValue());
    }

    @Test
    void aReasonThatIsNotOneIsNamed() {
      Someone odd = Someone.withEverything("Odd");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body("{\"reason\": \"BECAUSE\"}")
          .post("/api/v1/people/{id}/erasure", odd.id())
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void someoneNotInTheRegisterIs404() {
      erase(COORDINATOR, UUID.randomUUID()).statusCode(404);
    }
  }
}
