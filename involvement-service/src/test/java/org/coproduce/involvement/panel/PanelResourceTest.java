package org.coproduce.involvement.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class PanelResourceTest {
  static final String STAFF_MEMBER_NAME = "quinn.qilead";
  static final String STAFF_MEMBER = Tokens.of(STAFF_MEMBER_NAME, "qi-lead");

  /**
   * A panel run by the coordinator with a volunteer and a staff member, two criteria, two
   * candidates.
   */
  static final class Setup {
    final String panel;
    final UUID volunteerPerson = Register.person("SERVICE_USER", "Panel Volunteer");
    final String volunteer = Tokens.volunteer("panel.vol." + volunteerPerson, volunteerPerson);
    final String listening;
    final String safety;
    final String candidateA;
    final String candidateB;

    Setup() {
      panel = createPanel(COORDINATOR);
      post(COORDINATOR, panel, "members", Map.of("personId", volunteerPerson)).statusCode(201);
      post(COORDINATOR, panel, "members", Map.of("accountId", Tokens.subjectOf(STAFF_MEMBER_NAME)))
          .statusCode(201);
      listening = id(post(COORDINATOR, panel, "criteria", criterion("Listens", 4)));
      safety = id(post(volunteer, panel, "criteria", criterion("Keeps people safe", 1)));
      candidateA = id(post(COORDINATOR, panel, "candidates", Map.of("reference", "Candidate A")));
      candidateB = id(post(COORDINATOR, panel, "candidates", Map.of("reference", "Candidate B")));
    }
  }

  static String createPanel(String token) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("postTitle", "Ward manager", "interviewDate", "2026-05-12"))
        .post("/api/v1/panels")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static Map<String, Object> criterion(String text, int weight) {
    return Map.of("text", text, "weight", weight);
  }

  static Map<String, Object> score(String candidate, String criterion, Object score) {
    return Map.of("candidateId", candidate, "criterionId", criterion, "score", score);
  }

  static ValidatableResponse post(String token, String panel, String what, Object body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/panels/{panel}/" + what, panel)
        .then();
  }

  static ValidatableResponse get(String token, String panel, String what) {
    return given().auth().oauth2(token).get("/api/v1/panels/{panel}/" + what, panel).then();
  }

  static ValidatableResponse change(String token, String panel, String score, String ifMatch) {
    return given()
        .auth()
        .oauth2(token)
        .header("If-Match", ifMatch)
        .contentType(ContentType.JSON)
        .body(Map.of("score", 5, "note", "Changed my mind"))
        .put("/api/v1/panels/{panel}/scores/{score}", panel, score)
        .then();
  }

  static String id(ValidatableResponse response) {
    return response.statusCode(201).extract().path("id");
  }

  static List<Object> scoresOf(Setup setup) {
    return get(COORDINATOR, setup.panel, "scores").statusCode(200).extract().path("items");
  }

  Setup setup;

  @BeforeEach
  void setUp() {
    setup = new Setup();
  }

  @Nested
  class Running {
    @Test
    void theMembersCriteriaAndCandidatesAreOnThePanel() {
      given()
          .auth()
          .oauth2(setup.volunteer)
          .get("/api/v1/panels/{panel}", setup.panel)
          .then()
          .statusCode(200)
          .header("ETag", "\"0\"")
          .body("runBy", equalTo(Tokens.subjectOf(Register.COORDINATOR_NAME)))
          .body("members.personId", hasItem(setup.volunteerPerson.toString()))
          .body("members.accountId", hasItem(Tokens.subjectOf(STAFF_MEMBER_NAME)))
          .body("criteria.weight", contains(4, 1))
          .body(
              "criteria[1].proposedBy",
              equalTo(Tokens.subjectOf("panel.vol." + setup.volunteerPerson)))
          .body("candidates.reference", contains("Candidate A", "Candidate B"));
    }

    @Test
    void aVolunteerSeesThePanelsTheySitOnAsTheirContribution() {
      List<String> panels =
          given()
              .auth()
              .oauth2(setup.volunteer)
              .get("/api/v1/panels")
              .then()
              .statusCode(200)
              .extract()
              .path("items.id");
      assertThat(panels).containsExactly(setup.panel);
    }

    @Test
    void membersScoreAndTheSummaryWeighsEachScoreByItsCriterion() {
      post(setup.volunteer, setup.panel, "scores", score(setup.candidateA, setup.listening, 5))
          .statusCode(201)
          .header("ETag", "\"0\"");
      post(setup.volunteer, setup.panel, "scores", score(setup.candidateA, setup.safety, 1))
          .statusCode(201);
      post(STAFF_MEMBER, setup.panel, "scores", score(setup.candidateB, setup.listening, 3))
          .statusCode(201);

      for (String token : List.of(setup.volunteer, STAFF_MEMBER, COORDINATOR)) {
        get(token, setup.panel, "summary")
            .statusCode(200)
            .body("candidates.reference", contains("Candidate A", "Candidate B"))
            .body("candidates[0].weightedScore", equalTo(4.2f))
            .body("candidates[0].scoresGiven", equalTo(2))
            .body("candidates[0].scoresExpected", equalTo(4))
            .body("candidates[1].weightedScore", equalTo(3.0f));
        get(token, setup.panel, "scores").statusCode(200).body("items", hasSize(3));
      }
    }

    @Test
    void aCandidateNobodyScoredHasNoWeightedScoreYet() {
      get(COORDINATOR, setup.panel, "summary")
          .statusCode(200)
          .body("candidates[0].weightedScore", nullValue())
          .body("candidates[0].scoresGiven", equalTo(0));
    }
  }

  @Nested
  class Confidentiality {
    @Test
    void nobodyOffThePanelFindsItsScoresOrSummary() {
      UUID otherPerson = Register.person("SERVICE_USER", "Not On Panel");
      List<String> outsiders =
          List.of(
              Tokens.volunteer("other.vol." + otherPerson, otherPerson),
              Tokens.of("fin.ance", "finance"),
              Tokens.of("quinn.other", "qi-lead"),
              Tokens.of("cora.other", "coordinator"),
              Tokens.of("ada.admin", "admin"),
              Tokens.of("exec.utive", "executive"));
      post(setup.volunteer, setup.panel, "scores", score(setup.candidateA, setup.listening, 4))
          .statusCode(201);

      for (String outsider : outsiders) {
        get(outsider, setup.panel, "scores").statusCode(404);
        get(outsider, setup.panel, "summary").statusCode(404);
        given()
            .auth()
            .oauth2(outsider)
            .get("/api/v1/panels/{panel}", setup.panel)
            .then()
            .statusCode(404);
        post(outsider, setup.panel, "scores", score(setup.candidateA, setup.safety, 2))
            .statusCode(404);
      }
      assertThat(scoresOf(setup)).hasSize(1);
    }

    @Test
    void theRunningCoordinatorSeesScoresButDoesNotScore() {
      post(COORDINATOR, setup.panel, "scores", score(setup.candidateA, setup.listening, 4))
          .statusCode(403);
      assertThat(scoresOf(setup)).isEmpty();
    }

    @Test
    void onlyTheRunningCoordinatorChangesWhoAndWhatIsOnThePanel() {
      post(setup.volunteer, setup.panel, "candidates", Map.of("reference", "Candidate C"))
          .statusCode(403);
      post(STAFF_MEMBER, setup.panel, "members", Map.of("accountId", "someone-else"))
          .statusCode(403);
      post(setup.volunteer, setup.panel, "closure", "").statusCode(403);
      given()
          .auth()
          .oauth2(setup.volunteer)
          .contentType(ContentType.JSON)
          .body(Map.of("postTitle", "Mine", "interviewDate", "2026-05-12"))
          .post("/api/v1/panels")
          .then()
          .statusCode(403);
    }
  }

  @Nested
  class Refusals {
    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void aScoreOutsideOneToFiveIsRefusedNamingTheField(int value) {
      post(setup.volunteer, setup.panel, "scores", score(setup.candidateA, setup.listening, value))
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("score"));
      assertThat(scoresOf(setup)).isEmpty();
    }

    @Test
    void aWeightOutsideOneToFiveIsRefusedNamingTheField() {
      post(setup.volunteer, setup.panel, "criteria", criterion("Too heavy", 6))
          .statusCode(400)
          .body("errors[0].field", equalTo("weight"));
    }

    @Test
    void scoringACandidateOrCriterionOfAnotherPanelBreaksTheRules() {
      Setup other = new Setup();

      post(setup.volunteer, setup.panel, "scores", score(other.candidateA, setup.listening, 3))
          .statusCode(422)
          .body("errors[0].field", equalTo("candidateId"));
      post(setup.volunteer, setup.panel, "scores", score(setup.candidateA, other.listening, 3))
          .statusCode(422)
          .body("errors[0].field", equalTo("criterionId"));
      assertThat(scoresOf(setup)).isEmpty();
    }

    @Test
    void aSecondScoreOfTheSameCandidateOnTheSameCriterionIsAConflict() {
      post(setup.volunteer, setup.panel, "scores", score(setup.candidateA, setup.listening, 3))
          .statusCode(201);
      post(setup.volunteer, setup.panel, "scores", score(setup.candidateA, setup.listening, 5))
          .statusCode(409);
      assertThat(scoresOf(setup)).hasSize(1);
    }

    @Test
    void aPanelMemberFromTheRegisterIsAServiceUserOrCarerAndJoinsOnce() {
      UUID stakeholder = Register.person("STAKEHOLDER", "Not Eligible");
      post(COORDINATOR, setup.panel, "members", Map.of("personId", stakeholder))
          .statusCode(422)
          .body("errors[0].field", equalTo("personId"));
      post(COORDINATOR, setup.panel, "members", Map.of("personId", UUID.randomUUID()))
          .statusCode(422);
      post(COORDINATOR, setup.panel, "members", Map.of("personId", setup.volunteerPerson))
          .statusCode(409)
          .body("errors[0].field", equalTo("personId"));
      post(COORDINATOR, setup.panel, "members", Map.of()).statusCode(400);
    }
  }

  @Nested
  class ChangingScores {
    String scoreId;

    @BeforeEach
    void scoreOnce() {
      scoreId =
          id(
              post(
                  setup.volunteer,
                  setup.panel,
                  "scores",
                  score(setup.candidateA, setup.listening, 2)));
    }

    @Test
    void aMemberChangesTheirScoreWithTheCurrentVersionOnly() {
      change(setup.volunteer, setup.panel, scoreId, "\"0\"")
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("score", equalTo(5))
          .body("note", equalTo("Changed my mind"));
      change(setup.volunteer, setup.panel, scoreId, "\"0\"").statusCode(412);
    }

    @Test
    void anotherMemberMayNotChangeTheScore() {
      change(STAFF_MEMBER, setup.panel, scoreId, "\"0\"").statusCode(403);
      get(COORDINATOR, setup.panel, "scores").body("items[0].score", equalTo(2));
    }

    @Test
    void aClosedPanelsScoresAreFrozen() {
      post(COORDINATOR, setup.panel, "closure", "").statusCode(200).body("closed", equalTo(true));

      change(setup.volunteer, setup.panel, scoreId, "\"0\"").statusCode(409);
      post(STAFF_MEMBER, setup.panel, "scores", score(setup.candidateB, setup.safety, 4))
          .statusCode(409);
      post(setup.volunteer, setup.panel, "criteria", criterion("Late idea", 2)).statusCode(409);
      post(COORDINATOR, setup.panel, "closure", "").statusCode(409);
      get(setup.volunteer, setup.panel, "scores")
          .statusCode(200)
          .body("items", hasSize(1))
          .body("items[0].score", equalTo(2));
    }
  }
}
