package org.coproduce.involvement.opportunity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.involvement.Opportunities.consentToContact;
import static org.coproduce.involvement.Opportunities.draft;
import static org.coproduce.involvement.Opportunities.opportunity;
import static org.coproduce.involvement.Opportunities.person;
import static org.coproduce.involvement.Opportunities.published;
import static org.coproduce.involvement.Opportunities.uniqueTopic;
import static org.coproduce.involvement.Opportunities.withdrawConsent;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.involvement.Opportunities;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchingResourceTest {

  static List<Map<String, Object>> matchesOf(UUID personId) {
    return given()
        .auth()
        .oauth2(Tokens.volunteer("vic.volunteer", personId))
        .queryParam("limit", 100)
        .get("/api/v1/opportunities/matches")
        .then()
        .statusCode(200)
        .extract()
        .path("$");
  }

  static List<String> suggestedFor(String opportunityId) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/opportunities/{id}/suggested-people", opportunityId)
        .then()
        .statusCode(200)
        .extract()
        .path("personId");
  }

  static List<Map<String, Object>> messagesOf(UUID personId) {
    return given()
        .auth()
        .oauth2(Tokens.volunteer("vic.volunteer", personId))
        .get("/api/v1/messages")
        .then()
        .statusCode(200)
        .extract()
        .path("items");
  }

  @Nested
  class ForAVolunteer {
    @Test
    void openOpportunitiesOnTheirInterestsOrTimesComeBestFirstWithWhy() {
      String first = uniqueTopic();
      String second = uniqueTopic();
      UUID volunteer = person("Matched Volunteer", List.of(first, second), List.of("WEEKEND"));
      String bothTopics = published(opportunity("FOCUS_GROUP", List.of(second, first)));
      String oneTopic = published(opportunity("SURVEY", List.of(first)));
      Map<String, Object> weekend = opportunity("TRAINING", List.of(uniqueTopic()));
      weekend.put("timesOfWeek", List.of("WEEKEND"));
      String weekendOnly = published(weekend);
      String draft = draft(opportunity("FOCUS_GROUP", List.of(first)));
      String unrelated = published(opportunity("FOCUS_GROUP", List.of(uniqueTopic())));
      String closed = published(opportunity("FOCUS_GROUP", List.of(first)));
      Opportunities.close(closed);
      Map<String, Object> pastClosingDate = opportunity("FOCUS_GROUP", List.of(first));
      pastClosingDate.put("closesOn", "2020-01-31");
      String tooLate = published(pastClosingDate);

      List<Map<String, Object>> matches = matchesOf(volunteer);
      List<String> ids =
          matches.stream().map(m -> (String) ((Map<?, ?>) m.get("opportunity")).get("id")).toList();

      assertThat(ids).doesNotContain(draft, unrelated, closed, tooLate);
      assertThat(ids).containsSubsequence(bothTopics, oneTopic, weekendOnly);
      assertThat(matches.get(ids.indexOf(bothTopics)).get("matchedTopics"))
          .isEqualTo(List.of(first, second).stream().sorted().toList());
      assertThat(matches.get(ids.indexOf(weekendOnly)).get("matchedTopics")).isEqualTo(List.of());
      assertThat(matches.get(ids.indexOf(weekendOnly)).get("matchedTimes"))
          .isEqualTo(List.of("WEEKEND"));
    }

    @Test
    void aVolunteerWithoutAPersonRecordHasNoMatches() {
      given()
          .auth()
          .oauth2(Tokens.volunteer("nobody", UUID.randomUUID()))
          .get("/api/v1/opportunities/matches")
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }

    @Test
    void matchesAreForVolunteers() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/opportunities/matches")
          .then()
          .statusCode(403);
    }
  }

  @Nested
  class Suggestions {
    @Test
    void peopleWhoMatchAndConsentAreSuggestedBestFirst() {
      String topic = uniqueTopic();
      String other = uniqueTopic();
      UUID twoTopics = person("Two Topics", List.of(topic, other), List.of());
      consentToContact(twoTopics);
      UUID oneTopic = person("One Topic", List.of(topic), List.of());
      consentToContact(oneTopic);
      UUID noConsent = person("No Consent", List.of(topic), List.of());
      UUID noMatch = person("No Match", List.of(uniqueTopic()), List.of());
      consentToContact(noMatch);
      String id = draft(opportunity("RESEARCH", List.of(topic, other)));

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/opportunities/{id}/suggested-people", id)
          .then()
          .statusCode(200)
          .body("personId", contains(twoTopics.toString(), oneTopic.toString()))
          .body("[0].displayName", equalTo("Two Topics"))
          .body("[0].personType", equalTo("CARER"))
          .body("[1].matchedTopics", contains(topic));
      assertThat(suggestedFor(id)).doesNotContain(noConsent.toString(), noMatch.toString());
    }

    @Test
    void withdrawingConsentRemovesThePersonFromTheSuggestionsAtOnce() {
      String topic = uniqueTopic();
      UUID person = person("Changes Their Mind", List.of(topic), List.of());
      String consent = consentToContact(person);
      String id = published(opportunity("CONSULTATION", List.of(topic)));
      assertThat(suggestedFor(id)).containsExactly(person.toString());

      withdrawConsent(person, consent);

      assertThat(suggestedFor(id)).isEmpty();
    }

    @Test
    void suggestionsAreForCoordinators() {
      String id = draft(opportunity("CONSULTATION", List.of(uniqueTopic())));
      given()
          .auth()
          .oauth2(Tokens.of("lena.lead", "qi-lead"))
          .get("/api/v1/opportunities/{id}/suggested-people", id)
          .then()
          .statusCode(403);
    }
  }

  @Nested
  class Invitations {
    @Test
    void invitationsReachOnlyPeopleWhoseConsentIsInForceNow() {
      String topic = uniqueTopic();
      UUID stays = person("Stays In", List.of(topic), List.of());
      consentToContact(stays);
      UUID withdraws = person("Withdraws", List.of(topic), List.of());
      String consent = consentToContact(withdraws);
      String id = published(opportunity("AMBASSADOR_ROLE", List.of(topic)));
      withdrawConsent(withdraws, consent);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/opportunities/{id}/invitations", id)
          .then()
          .statusCode(200)
          .body("invited", equalTo(1))
          .body("alreadyInvited", equalTo(0));

      assertThat(messagesOf(withdraws)).isEmpty();
      List<Map<String, Object>> received = messagesOf(stays);
      assertThat(received).hasSize(1);
      assertThat(received.get(0))
          .containsEntry("purpose", "OPPORTUNITY_INVITATION")
          .containsEntry("opportunityId", id)
          .containsEntry("read", false);
      assertThat((String) received.get(0).get("subject"))
          .contains("Carer member of the discharge letters team");
      assertThat((String) received.get(0).get("body"))
          .contains("Where: Seminar room 2, St James's Hospital")
          .contains("Reward: £20 per meeting and travel expenses");
    }

    @Test
    void nobodyIsInvitedTwiceToTheSameOpportunity() {
      String topic = uniqueTopic();
      UUID person = person("Invited Once", List.of(topic), List.of());
      consentToContact(person);
      String id = published(opportunity("TRAINING", List.of(topic)));
      given().auth().oauth2(COORDINATOR).post("/api/v1/opportunities/{id}/invitations", id);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/opportunities/{id}/invitations", id)
          .then()
          .statusCode(200)
          .body("invited", equalTo(0))
          .body("alreadyInvited", equalTo(1));
      assertThat(messagesOf(person)).hasSize(1);
    }

    @Test
    void invitationsToADraftAreAConflictAndSendNothing() {
      String topic = uniqueTopic();
      UUID person = person("Not Yet", List.of(topic), List.of());
      consentToContact(person);
      String id = draft(opportunity("TRAINING", List.of(topic)));

      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/opportunities/{id}/invitations", id)
          .then()
          .statusCode(409)
          .contentType("application/problem+json");
      assertThat(messagesOf(person)).isEmpty();
    }
  }
}
