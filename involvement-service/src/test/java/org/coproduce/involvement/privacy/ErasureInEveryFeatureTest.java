package org.coproduce.involvement.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.coproduce.involvement.privacy.Involved.post;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.involvement.Arrange;
import org.coproduce.involvement.Opportunities;
import org.coproduce.platform.privacy.Erasure;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Subject access and erasure across every feature of the service: the export holds a section per
 * feature with the person's rows only, and after erasure no personal field or free text of theirs
 * is readable through any endpoint, while their participations, hours, scores and votes stay.
 */
@QuarkusTest
class ErasureInEveryFeatureTest {
  static final String ERASED = "[erased]";

  @Inject Erasure erasure;

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

  static void erase(UUID personId) {
    post(COORDINATOR, "/api/v1/people/" + personId + "/erasure", Map.of("reason", "PERSON_ASKED"))
        .statusCode(200);
  }

  /** What every feature's read endpoints say, as the coordinator reads them. */
  static String everythingReadable(Involved world, Involved.Person person) {
    UUID id = person.id();
    return String.join(
        "\n",
        read("/api/v1/people/{id}", id),
        read("/api/v1/people?type=CARER&limit=100"),
        read("/api/v1/people/{id}/consents", id),
        read("/api/v1/participations?personId={id}", id),
        read("/api/v1/participations/{id}/corrections", person.participationId()),
        read("/api/v1/sessions/{id}/feedback?limit=100", world.session),
        read("/api/v1/opportunities/{id}/expressions-of-interest", world.liveOpportunity),
        read("/api/v1/opportunities/{id}/expressions-of-interest", world.decidedOpportunity),
        read("/api/v1/expressions-of-interest/{id}", world.erinsDecidedInterest),
        read("/api/v1/meetings?limit=100"),
        read("/api/v1/meetings/{id}", world.meeting),
        read("/api/v1/contributions?personId={id}", id),
        read("/api/v1/contributions/{id}", person.contributionId()),
        read("/api/v1/panels/{id}", world.panel),
        read("/api/v1/panels/{id}/scores", world.panel),
        read("/api/v1/elections/{id}/nominations", world.election),
        read("/api/v1/elections/{id}/candidates", world.election),
        read("/api/v1/subject-access/{id}", id));
  }

  @Nested
  class TheExport {
    @Test
    void holdsASectionForEveryFeatureWithThePersonsRowsOnly() {
      Involved world = new Involved();
      Involved.Person erin = world.erin;

      String export =
          given()
              .auth()
              .oauth2(erin.token())
              .get("/api/v1/subject-access/{id}", erin.id())
              .then()
              .statusCode(200)
              .body("sections.person.displayName", equalTo(erin.someone().name()))
              .body("sections.consents", hasSize(1))
              .body("sections.pyramidLevel.current.level", equalTo("CONSULTING"))
              .body("sections.participations", hasSize(2))
              .body("sections.participationCorrections", hasSize(1))
              .body("sections.participationCorrections[0].hours", equalTo(2.5f))
              .body("sections.participationCorrections[0].reason", startsWith("Stayed on"))
              .body("sections.feedback", hasSize(1))
              .body("sections.feedback[0].comment", startsWith("Too warm"))
              .body("sections.interests", hasSize(2))
              .body("sections.interests.note", everyItem(equalTo(erin.note())))
              .body("sections.interests.status", hasItems("NOT_SELECTED", "INTERESTED"))
              .body("sections.messages", hasSize(1))
              .body("sections.messages[0].purpose", equalTo("INTEREST_OUTCOME"))
              .body("sections.meetings.attended", hasSize(1))
              .body("sections.meetings.attended[0].id", equalTo(world.meeting))
              .body("sections.meetings.actions", hasSize(1))
              .body("sections.meetings.actions[0].ownerPersonId", equalTo(erin.id().toString()))
              .body("sections.contributions", hasSize(1))
              .body("sections.contributions[0].text", startsWith("Put the visiting times"))
              .body("sections.panels", hasSize(1))
              .body("sections.panels[0].panelId", equalTo(world.panel))
              .body("sections.panels[0].scores", hasSize(1))
              .body("sections.panels[0].scores[0].note", startsWith("Spoke well"))
              .body("sections.elections.nominations", hasSize(1))
              .body("sections.elections.nominations[0].acceptedAt", notNullValue())
              .body("sections.elections.votedIn", hasSize(1))
              .body("sections.elections.votedIn[0].electionId", equalTo(world.election))
              .body("sections.elections.terms", empty())
              .extract()
              .asString();

      // Erin voted for Olu: how she voted must not be in her export, nor anything else of Olu's.
      assertThat(export).doesNotContain(world.olu.id().toString());
      world.olu.personalValues().forEach(value -> assertThat(export).doesNotContain(value));
    }
  }

  @Nested
  class Erasing {
    @Test
    void leavesNoPersonalFieldOrFreeTextReadableThroughAnyFeature() {
      Involved world = new Involved();
      Involved.Person erin = world.erin;
      String before = everythingReadable(world, erin);
      erin.personalValues().forEach(value -> assertThat(before).contains(value));

      erase(erin.id());

      String after = everythingReadable(world, erin);
      erin.personalValues().forEach(value -> assertThat(after).doesNotContain(value));
      // Olu's words in the same session, opportunity and panel are still there.
      assertThat(after)
          .contains(
              world.olu.comment(),
              world.olu.note(),
              world.olu.scoreNote(),
              world.olu.someone().name());
      given()
          .auth()
          .oauth2(erin.token())
          .get("/api/v1/messages")
          .then()
          .statusCode(200)
          .body("items", empty());
    }

    @Test
    void keepsParticipationsHoursScoresAndVotesAgainstTheSameId() {
      Involved world = new Involved();
      Involved.Person erin = world.erin;

      erase(erin.id());

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/participations?personId={id}", erin.id())
          .then()
          .statusCode(200)
          .body("items", hasSize(2))
          .body("items.hours", hasItem(2.5f));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/participations/{id}/corrections", erin.participationId())
          .then()
          .body("items[0].previousHours", equalTo(2.0f))
          .body("items[0].hours", equalTo(2.5f))
          .body("items[0].reason", equalTo(ERASED));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/sessions/{id}/feedback/summary", world.session)
          .then()
          .body("responses", equalTo(2));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/panels/{id}/scores", world.panel)
          .then()
          .body("items", hasSize(2))
          .body("items.score", everyItem(equalTo(4)))
          .body("items.note", hasItem(nullValue()));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/contributions/{id}", erin.contributionId())
          .then()
          .body("text", equalTo(ERASED))
          .body("meetingId", equalTo(world.meeting));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/expressions-of-interest/{id}", world.erinsLiveInterest)
          .then()
          .body("status", equalTo("WITHDRAWN"))
          .body("note", nullValue());
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/meetings/{id}", world.meeting)
          .then()
          .body("attendees", hasItem(erin.id().toString()))
          .body("actions.ownerPersonId", hasItem(erin.id().toString()));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/elections/{id}/candidates", world.election)
          .then()
          .body("displayName", hasItem(startsWith("Erased person ")));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/subject-access/{id}", erin.id())
          .then()
          .body("erasedAt", notNullValue())
          .body("sections.participations", hasSize(2))
          .body("sections.feedback[0].overall", equalTo(4))
          .body("sections.feedback[0].comment", nullValue())
          .body("sections.interests.note", everyItem(nullValue()))
          .body("sections.messages", empty())
          .body("sections.meetings.attended", hasSize(1))
          .body("sections.panels[0].scores[0].score", equalTo(4))
          .body("sections.panels[0].scores[0].note", nullValue())
          .body("sections.elections.votedIn", hasSize(1));
    }

    @Test
    void erasingAgainChangesNothingMore() {
      Involved world = new Involved();
      UUID erin = world.erin.id();
      erase(erin);
      Map<String, Object> once = featureSections(erin);

      QuarkusTransaction.requiringNew().run(() -> erasure.erase(erin, Instant.now()));

      assertThat(featureSections(erin)).isEqualTo(once);
    }

    /** Every section but the person's record and the audit, which each erasure and read touch. */
    Map<String, Object> featureSections(UUID personId) {
      Map<String, Object> sections =
          new HashMap<>(
              given()
                  .auth()
                  .oauth2(COORDINATOR)
                  .get("/api/v1/subject-access/{id}", personId)
                  .then()
                  .statusCode(200)
                  .extract()
                  .<Map<String, Object>>path("sections"));
      sections.remove("person");
      sections.remove("accessAudit");
      return sections;
    }
  }

  @Nested
  class Afterwards {
    @Test
    void nothingNewIsRecordedAboutAnErasedPersonInAnyFeature() {
      Involved world = new Involved();
      Involved.Person erin = world.erin;
      erase(erin.id());

      refused(
          erin.token(),
          "/api/v1/opportunities/" + opportunity() + "/expressions-of-interest",
          Map.of(),
          "personId");
      refused(
          COORDINATOR,
          "/api/v1/expressions-of-interest/" + world.erinsLiveInterest + "/selection",
          null,
          "personId");
      refused(
          COORDINATOR,
          "/api/v1/contributions",
          Map.of("personId", erin.id(), "kind", "IDEA", "text", "Said afterwards"),
          "personId");
      refused(
          COORDINATOR,
          "/api/v1/meetings",
          Map.of(
              "title", "Forum",
              "startsAt", "2026-04-18T10:00:00Z",
              "endsAt", "2026-04-18T12:00:00Z",
              "location", "Room 3",
              "attendees", List.of(world.olu.id(), erin.id())),
          "attendees[1]");
      refused(
          COORDINATOR,
          "/api/v1/meetings/" + world.meeting + "/actions",
          Map.of("description", "Call back", "ownerPersonId", erin.id()),
          "ownerPersonId");
      refused(
          COORDINATOR,
          "/api/v1/panels/" + newPanel() + "/members",
          Map.of("personId", erin.id()),
          "personId");
      refused(
          COORDINATOR,
          "/api/v1/elections/" + newElection() + "/nominations",
          Map.of("personId", erin.id()),
          "personId");
    }

    @Test
    void whoAttendedAMeetingCanStillBeCorrectedAroundAnErasedAttendee() {
      Involved world = new Involved();
      erase(world.erin.id());

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Map.of("attendees", List.of(world.erin.id())))
          .put("/api/v1/meetings/{id}/attendees", world.meeting)
          .then()
          .statusCode(200)
          .body("attendees", equalTo(List.of(world.erin.id().toString())));
    }

    @Test
    void anErasedPersonsOwnTokenNeitherGivesFeedbackNorNominates() {
      UUID someone = Someone.withEverything("Late").id();
      String token = Tokens.volunteer("late." + someone, someone);
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
      Arrange.attendance(session, someone, 1);
      erase(someone);

      refused(
          token,
          "/api/v1/sessions/" + session + "/feedback",
          Map.of("overall", 3, "usefulness", 3),
          "personId");
      post(
              token,
              "/api/v1/elections/" + newElection() + "/nominations",
              Map.of("personId", someone))
          .statusCode(403);
    }

    void refused(String token, String path, Object body, String field) {
      post(token, path, body)
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(field));
    }

    String opportunity() {
      return Opportunities.published(
          Opportunities.opportunity("FOCUS_GROUP", List.of(Opportunities.uniqueTopic())));
    }

    String newPanel() {
      return post(
              COORDINATOR,
              "/api/v1/panels",
              Map.of("postTitle", "Matron", "interviewDate", "2026-06-01"))
          .statusCode(201)
          .extract()
          .path("id");
    }

    String newElection() {
      return Involved.openElection();
    }
  }
}
