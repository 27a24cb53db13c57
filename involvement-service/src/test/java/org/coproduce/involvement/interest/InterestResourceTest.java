package org.coproduce.involvement.interest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.involvement.Opportunities.opportunity;
import static org.coproduce.involvement.Opportunities.person;
import static org.coproduce.involvement.Opportunities.published;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.EventEnvelope;
import org.coproduce.involvement.Opportunities;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InterestResourceTest {

  static String volunteer(UUID personId) {
    return Tokens.volunteer("vic.volunteer", personId);
  }

  static String express(UUID personId, String opportunityId) {
    return given()
        .auth()
        .oauth2(volunteer(personId))
        .contentType(ContentType.JSON)
        .body(Map.of("note", "Free on Tuesday mornings; a seat near the door please"))
        .post("/api/v1/opportunities/{id}/expressions-of-interest", opportunityId)
        .then()
        .statusCode(201)
        .header("Location", notNullValue())
        .header("ETag", "\"0\"")
        .extract()
        .path("id");
  }

  static void decide(String interestId, String decision, int expectStatus) {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .post("/api/v1/expressions-of-interest/{id}/" + decision, interestId)
        .then()
        .statusCode(expectStatus);
  }

  static UUID somebody() {
    return person("Keen Carer", List.of(), List.of());
  }

  static List<Map<String, Object>> messagesOf(UUID personId) {
    return given()
        .auth()
        .oauth2(volunteer(personId))
        .get("/api/v1/messages")
        .then()
        .statusCode(200)
        .extract()
        .path("items");
  }

  static List<EventEnvelope> teamEventsFor(String selectionId) {
    return Register.events().stream()
        .filter(e -> e.type().equals("TeamMemberSelected"))
        .filter(e -> e.aggregateId().equals(selectionId))
        .toList();
  }

  @Nested
  class Expressing {
    @Test
    void aVolunteerExpressesInterestAndSeesItWithItsStatus() {
      UUID person = somebody();
      String opportunity = published(opportunity("FOCUS_GROUP", List.of()));
      String id = express(person, opportunity);

      given()
          .auth()
          .oauth2(volunteer(person))
          .get("/api/v1/expressions-of-interest")
          .then()
          .statusCode(200)
          .body("items", hasSize(1))
          .body("items[0].id", equalTo(id))
          .body("items[0].opportunityId", equalTo(opportunity))
          .body("items[0].opportunityTitle", equalTo("Carer member of the discharge letters team"))
          .body("items[0].status", equalTo("INTERESTED"))
          .body("items[0].note", equalTo("Free on Tuesday mornings; a seat near the door please"));
    }

    @Test
    void expressingInterestTwiceIsAConflict() {
      UUID person = somebody();
      String opportunity = published(opportunity("SURVEY", List.of()));
      express(person, opportunity);

      given()
          .auth()
          .oauth2(volunteer(person))
          .contentType(ContentType.JSON)
          .body(Map.of())
          .post("/api/v1/opportunities/{id}/expressions-of-interest", opportunity)
          .then()
          .statusCode(409)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(volunteer(person))
          .get("/api/v1/expressions-of-interest")
          .then()
          .body("items", hasSize(1));
    }

    @Test
    void afterWithdrawingAVolunteerMayExpressInterestAgain() {
      UUID person = somebody();
      String opportunity = published(opportunity("SURVEY", List.of()));
      String first = express(person, opportunity);
      given()
          .auth()
          .oauth2(volunteer(person))
          .header("If-Match", "\"0\"")
          .post("/api/v1/expressions-of-interest/{id}/withdrawal", first)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("status", equalTo("WITHDRAWN"));

      express(person, opportunity);
    }

    @Test
    void interestInAClosedOpportunityIsAConflict() {
      UUID person = somebody();
      String opportunity = published(opportunity("RECRUITMENT_PANEL", List.of()));
      Opportunities.close(opportunity);

      given()
          .auth()
          .oauth2(volunteer(person))
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/api/v1/opportunities/{id}/expressions-of-interest", opportunity)
          .then()
          .statusCode(409)
          .contentType("application/problem+json");
    }

    @Test
    void interestAfterTheClosingDateIsAConflict() {
      Map<String, Object> body = opportunity("RECRUITMENT_PANEL", List.of());
      body.put("closesOn", "2020-01-31");
      String opportunity = published(body);

      given()
          .auth()
          .oauth2(volunteer(somebody()))
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/api/v1/opportunities/{id}/expressions-of-interest", opportunity)
          .then()
          .statusCode(409);
    }

    @Test
    void interestInADraftIsNotFound() {
      String draft = Opportunities.draft(opportunity("RESEARCH", List.of()));

      given()
          .auth()
          .oauth2(volunteer(somebody()))
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/api/v1/opportunities/{id}/expressions-of-interest", draft)
          .then()
          .statusCode(404);
    }

    @Test
    void aVolunteerNeitherSeesNorWithdrawsSomeoneElsesInterest() {
      String opportunity = published(opportunity("FOCUS_GROUP", List.of()));
      String theirs = express(somebody(), opportunity);
      String intruder = volunteer(somebody());

      given()
          .auth()
          .oauth2(intruder)
          .get("/api/v1/expressions-of-interest/{id}", theirs)
          .then()
          .statusCode(404);
      given()
          .auth()
          .oauth2(intruder)
          .post("/api/v1/expressions-of-interest/{id}/withdrawal", theirs)
          .then()
          .statusCode(404);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/expressions-of-interest/{id}", theirs)
          .then()
          .body("status", equalTo("INTERESTED"));
    }
  }

  @Nested
  class Selecting {
    @Test
    void aCoordinatorSeesWhoIsInterestedShortlistsAndSelectsAndThePersonIsTold() {
      UUID person = person("Sam Okafor", List.of(), List.of());
      String opportunity = published(opportunity("FOCUS_GROUP", List.of()));
      String id = express(person, opportunity);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/opportunities/{id}/expressions-of-interest", opportunity)
          .then()
          .statusCode(200)
          .body("items.personDisplayName", contains("Sam Okafor"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"0\"")
          .post("/api/v1/expressions-of-interest/{id}/shortlisting", id)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("status", equalTo("SHORTLISTED"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"1\"")
          .post("/api/v1/expressions-of-interest/{id}/selection", id)
          .then()
          .statusCode(200)
          .body("status", equalTo("SELECTED"));

      given()
          .auth()
          .oauth2(volunteer(person))
          .get("/api/v1/expressions-of-interest")
          .then()
          .body("items[0].status", equalTo("SELECTED"));
      List<Map<String, Object>> messages = messagesOf(person);
      assertThat(messages).hasSize(1);
      assertThat(messages.get(0)).containsEntry("purpose", "INTEREST_OUTCOME");
      assertThat((String) messages.get(0).get("subject")).startsWith("You have been selected");
    }

    @Test
    void aDeclinedPersonIsToldWithoutNeedingConsentToContact() {
      UUID person = somebody();
      String id = express(person, published(opportunity("CONSULTATION", List.of())));

      decide(id, "decline", 200);

      assertThat(messagesOf(person))
          .singleElement()
          .satisfies(m -> assertThat((String) m.get("subject")).startsWith("Not selected"));
    }

    @Test
    void invalidTransitionsAreConflicts() {
      UUID person = somebody();
      String id = express(person, published(opportunity("CONSULTATION", List.of())));
      decide(id, "decline", 200);

      decide(id, "selection", 409);
      decide(id, "shortlisting", 409);
      given()
          .auth()
          .oauth2(volunteer(person))
          .post("/api/v1/expressions-of-interest/{id}/withdrawal", id)
          .then()
          .statusCode(409)
          .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aStaleIfMatchIsRefused() {
      String id = express(somebody(), published(opportunity("CONSULTATION", List.of())));
      decide(id, "shortlisting", 200);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"0\"")
          .post("/api/v1/expressions-of-interest/{id}/selection", id)
          .then()
          .statusCode(412);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/expressions-of-interest/{id}", id)
          .then()
          .body("status", equalTo("SHORTLISTED"));
    }

    @Test
    void selectingMoreThanThePlacesIsAConflictNamingPlacesAvailable() {
      Map<String, Object> body = opportunity("RECRUITMENT_PANEL", List.of());
      body.put("placesAvailable", 1);
      String opportunity = published(body);
      String first = express(somebody(), opportunity);
      UUID secondPerson = somebody();
      String second = express(secondPerson, opportunity);
      decide(first, "selection", 200);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/expressions-of-interest/{id}/selection", second)
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("placesAvailable"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/expressions-of-interest/{id}", second)
          .then()
          .body("status", equalTo("INTERESTED"));
      assertThat(messagesOf(secondPerson)).isEmpty();
    }

    @Test
    void selectionsAreForCoordinators() {
      String id = express(somebody(), published(opportunity("CONSULTATION", List.of())));
      given()
          .auth()
          .oauth2(Tokens.of("lena.lead", "qi-lead"))
          .post("/api/v1/expressions-of-interest/{id}/selection", id)
          .then()
          .statusCode(403);
    }
  }

  @Nested
  class ProjectTeam {
    @Test
    void selectingForAProjectRolePublishesTeamMemberSelectedOnceWithIdsOnly() {
      UUID person = person("Private Name", List.of(), List.of());
      Map<String, Object> role = opportunity("QI_PROJECT_ROLE", List.of());
      role.put("involvementLevel", "LITTLE_I");
      String opportunity = published(role);
      String id = express(person, opportunity);

      decide(id, "selection", 200);

      await().atMost(Duration.ofSeconds(30)).until(() -> teamEventsFor(id).size() == 1);
      EventEnvelope event = teamEventsFor(id).get(0);
      JsonNode payload = event.payload();
      assertThat(event.aggregateType()).isEqualTo("Selection");
      assertThat(payload.get("selectionId").asText()).isEqualTo(id);
      assertThat(payload.get("opportunityId").asText()).isEqualTo(opportunity);
      assertThat(payload.get("projectId").asText()).isEqualTo(role.get("projectId"));
      assertThat(payload.get("personId").asText()).isEqualTo(person.toString());
      assertThat(payload.get("personType").asText()).isEqualTo("CARER");
      assertThat(payload.get("involvementLevel").asText()).isEqualTo("LITTLE_I");
      assertThat(payload.toString()).doesNotContain("Private Name", "Tuesday", "someone@");
    }

    @Test
    void selectingForAnythingButAProjectRolePublishesNoTeamEvent() {
      String focusGroup = express(somebody(), published(opportunity("FOCUS_GROUP", List.of())));
      decide(focusGroup, "selection", 200);
      // Published after it: once this one is on the topic, the relay has passed the first.
      String role = express(somebody(), published(opportunity("QI_PROJECT_ROLE", List.of())));
      decide(role, "selection", 200);

      await().atMost(Duration.ofSeconds(30)).until(() -> teamEventsFor(role).size() == 1);
      assertThat(teamEventsFor(focusGroup)).isEmpty();
    }
  }
}
