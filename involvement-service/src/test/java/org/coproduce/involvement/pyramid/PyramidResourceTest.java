package org.coproduce.involvement.pyramid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.coproduce.involvement.Register.COORDINATOR_NAME;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coproduce.events.EventCodec;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.PyramidLevelChanged;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PyramidResourceTest {
  static final String ADMIN = Tokens.of("ada.admin", "admin");

  static void setLevel(UUID personId, String level) {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body("{\"level\": \"%s\"}".formatted(level))
        .put("/api/v1/people/{personId}/pyramid-level", personId)
        .then()
        .statusCode(200)
        .body("level", equalTo(level));
  }

  static List<Object> history(UUID personId) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/people/{personId}/pyramid-level/history", personId)
        .then()
        .statusCode(200)
        .extract()
        .path("items");
  }

  static List<EventEnvelope> levelEventsAbout(UUID personId) {
    return Register.events().stream()
        .filter(e -> e.aggregateId().equals(personId.toString()))
        .filter(e -> e.type().equals("PyramidLevelChanged"))
        .toList();
  }

  @Nested
  class Levels {
    @Test
    void theSeededLevelsAreListedBottomFirstForStaff() {
      for (String token : List.of(COORDINATOR, ADMIN, Tokens.of("exec", "executive"))) {
        List<String> codes =
            given()
                .auth()
                .oauth2(token)
                .get("/api/v1/pyramid-levels")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        assertThat(codes)
            .startsWith("INFORMING", "CONSULTING", "INVOLVING", "CO_PRODUCING", "LEADING");
      }
    }

    @Test
    void anAdminAddsAndChangesALevel() {
      given()
          .auth()
          .oauth2(ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"code\": \"CHAMPIONING\", \"label\": \"Championing\", \"rank\": 61}")
          .post("/api/v1/pyramid-levels")
          .then()
          .statusCode(201)
          .header("ETag", "\"0\"")
          .body("code", equalTo("CHAMPIONING"));

      given()
          .auth()
          .oauth2(ADMIN)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body("{\"label\": \"Championing change\", \"rank\": 62}")
          .put("/api/v1/pyramid-levels/CHAMPIONING")
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("label", equalTo("Championing change"))
          .body("rank", equalTo(62));

      given()
          .auth()
          .oauth2(ADMIN)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body("{\"label\": \"Stale\", \"rank\": 63}")
          .put("/api/v1/pyramid-levels/CHAMPIONING")
          .then()
          .statusCode(412)
          .contentType("application/problem+json");
    }

    @Test
    void aTakenCodeOrRankIsAConflict() {
      given()
          .auth()
          .oauth2(ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"code\": \"LEADING\", \"label\": \"Again\", \"rank\": 71}")
          .post("/api/v1/pyramid-levels")
          .then()
          .statusCode(409)
          .body("errors[0].field", equalTo("code"));
      given()
          .auth()
          .oauth2(ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"code\": \"RANK_CLASH\", \"label\": \"Clash\", \"rank\": 1}")
          .post("/api/v1/pyramid-levels")
          .then()
          .statusCode(409)
          .body("errors[0].field", equalTo("rank"));
    }

    @Test
    void onlyAnAdminChangesLevels() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body("{\"code\": \"NOT_MINE\", \"label\": \"Not mine\", \"rank\": 81}")
          .post("/api/v1/pyramid-levels")
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(Tokens.volunteer("val", UUID.randomUUID()))
          .get("/api/v1/pyramid-levels")
          .then()
          .statusCode(403);
    }

    @Test
    void anInvalidLevelCodeIsNamed() {
      given()
          .auth()
          .oauth2(ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"code\": \"NONE\", \"label\": \"No level\", \"rank\": 91}")
          .post("/api/v1/pyramid-levels")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("code"));
    }
  }

  @Nested
  class PersonLevels {
    @Test
    void levelHistoryRecordsFromAndTo() {
      UUID person = Register.person("SERVICE_USER", "Climbs");
      setLevel(person, "INFORMING");
      setLevel(person, "INVOLVING");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{personId}/pyramid-level/history", person)
          .then()
          .statusCode(200)
          .body("items", hasSize(2))
          .body("items[0].fromLevel", equalTo("INFORMING"))
          .body("items[0].toLevel", equalTo("INVOLVING"))
          .body("items[0].changedBy", equalTo(Tokens.subjectOf(COORDINATOR_NAME)))
          .body("items[1].fromLevel", nullValue())
          .body("items[1].toLevel", equalTo("INFORMING"));
    }

    @Test
    void theCurrentLevelIsReadAloneAndNoneYetIsNotFound() {
      UUID person = Register.person("SERVICE_USER", "Current Level");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{personId}/pyramid-level", person)
          .then()
          .statusCode(404);
      setLevel(person, "CONSULTING");

      given()
          .auth()
          .oauth2(Tokens.volunteer("current", person))
          .get("/api/v1/people/{personId}/pyramid-level", person)
          .then()
          .statusCode(200)
          .header("ETag", notNullValue())
          .body("level", equalTo("CONSULTING"));
    }

    @Test
    void settingTheSameLevelAgainAddsNoHistory() {
      UUID person = Register.person("CARER", "Stays");
      setLevel(person, "CONSULTING");
      setLevel(person, "CONSULTING");

      assertThat(history(person)).hasSize(1);
    }

    @Test
    void aChangeIsPublishedWithThePreviousLevel() {
      UUID person = Register.person("CARER", "Published Level");
      setLevel(person, "CONSULTING");
      setLevel(person, "CO_PRODUCING");

      await().atMost(Duration.ofSeconds(30)).until(() -> levelEventsAbout(person).size() == 2);
      List<PyramidLevelChanged> changes =
          levelEventsAbout(person).stream()
              .map(e -> (PyramidLevelChanged) EventCodec.payload(e))
              .toList();
      assertThat(changes)
          .containsExactly(
              new PyramidLevelChanged(person, "CONSULTING", PyramidLevelChanged.NO_LEVEL),
              new PyramidLevelChanged(person, "CO_PRODUCING", "CONSULTING"));
    }

    @Test
    void aVolunteerReadsTheirOwnHistoryButNotAnothersAndCannotSetALevel() {
      UUID me = Register.person("SERVICE_USER", "Val Level");
      UUID someoneElse = Register.person("CARER", "Not Val");
      setLevel(me, "INVOLVING");
      String token = Tokens.volunteer("val", me);

      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/people/{personId}/pyramid-level/history", me)
          .then()
          .statusCode(200)
          .body("items", hasSize(1));
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/people/{personId}/pyramid-level/history", someoneElse)
          .then()
          .statusCode(404);
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body("{\"level\": \"LEADING\"}")
          .put("/api/v1/people/{personId}/pyramid-level", me)
          .then()
          .statusCode(403);
    }
  }

  @Nested
  class Refusals {
    @Test
    void anUnknownLevelIsNamedAndChangesNothing() {
      UUID person = Register.person("CARER", "Unknown Level");
      setLevel(person, "INFORMING");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body("{\"level\": \"SUPREME\"}")
          .put("/api/v1/people/{personId}/pyramid-level", person)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo("level"));
      assertThat(history(person)).hasSize(1);
    }

    @Test
    void aMissingLevelIsNamed() {
      UUID person = Register.person("CARER", "No Level");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body("{}")
          .put("/api/v1/people/{personId}/pyramid-level", person)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("level"));
      assertThat(history(person)).isEmpty();
    }

    @Test
    void anUnknownPersonIsNotFound() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body("{\"level\": \"INFORMING\"}")
          .put("/api/v1/people/{personId}/pyramid-level", UUID.randomUUID())
          .then()
          .statusCode(404);
    }

    @Test
    void financeMayNotSeeOrSetLevels() {
      UUID person = Register.person("CARER", "Finance Level");
      String finance = Tokens.of("fin", "finance");

      given()
          .auth()
          .oauth2(finance)
          .contentType(ContentType.JSON)
          .body("{\"level\": \"INFORMING\"}")
          .put("/api/v1/people/{personId}/pyramid-level", person)
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(finance)
          .get("/api/v1/people/{personId}/pyramid-level/history", person)
          .then()
          .statusCode(403);
      assertThat(history(person)).isEmpty();
    }
  }
}
