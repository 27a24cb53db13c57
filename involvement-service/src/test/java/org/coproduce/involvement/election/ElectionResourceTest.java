package org.coproduce.involvement.election;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.AmbassadorElected;
import org.coproduce.events.EventCodec;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ElectionResourceTest {
  static final String EXECUTIVE = Tokens.of("exec.board", "executive");

  @Inject EntityManager entityManager;

  /** A service user or carer in the register and their volunteer token. */
  record Voter(UUID personId, String token) {
    static Voter register(String personType, String name) {
      UUID person = Register.person(personType, name);
      return new Voter(person, Tokens.volunteer("voter." + person, person));
    }

    static Voter register(String name) {
      return register("SERVICE_USER", name);
    }
  }

  static Map<String, Object> schedule(
      long nominationsOpen, long nominationsClose, long votingOpen, long votingClose) {
    Instant now = Instant.now();
    return Map.of(
        "nominationsOpenAt", now.plus(Duration.ofHours(nominationsOpen)).toString(),
        "nominationsCloseAt", now.plus(Duration.ofHours(nominationsClose)).toString(),
        "votingOpenAt", now.plus(Duration.ofHours(votingOpen)).toString(),
        "votingCloseAt", now.plus(Duration.ofHours(votingClose)).toString());
  }

  /** An election whose nominations are open now. */
  static String openElection(int seats) {
    Map<String, Object> body = new HashMap<>();
    body.put("roleTitle", "Patient and carer ambassador");
    body.put("seats", seats);
    body.put("schedule", schedule(-1, 1, 2, 3));
    body.put("termMonths", 24);
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/elections")
        .then()
        .statusCode(201)
        .body("phase", equalTo("NOMINATIONS_OPEN"))
        .extract()
        .path("id");
  }

  static ValidatableResponse reschedule(String election, Map<String, Object> schedule) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(schedule)
        .put("/api/v1/elections/{id}/schedule", election)
        .then();
  }

  static void openVoting(String election) {
    reschedule(election, schedule(-3, -2, -1, 1))
        .statusCode(200)
        .body("phase", equalTo("VOTING_OPEN"));
  }

  static void closeVoting(String election) {
    reschedule(election, schedule(-4, -3, -2, 0)).statusCode(200);
  }

  static ValidatableResponse post(String token, String election, String what, Object body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/elections/{id}/" + what, election)
        .then();
  }

  static String nominate(Voter by, String election, UUID nominee) {
    return post(by.token(), election, "nominations", Map.of("personId", nominee))
        .statusCode(201)
        .extract()
        .path("id");
  }

  static ValidatableResponse accept(String token, String election, String nomination) {
    return given()
        .auth()
        .oauth2(token)
        .post("/api/v1/elections/{id}/nominations/{nomination}/acceptance", election, nomination)
        .then();
  }

  /** The voter nominates themselves and accepts: they stand. */
  static void stand(Voter candidate, String election) {
    accept(candidate.token(), election, nominate(candidate, election, candidate.personId()))
        .statusCode(200)
        .body("accepted", equalTo(true));
  }

  static ValidatableResponse vote(Voter voter, String election, UUID candidate) {
    return post(voter.token(), election, "ballot", Map.of("candidatePersonId", candidate));
  }

  static ValidatableResponse results(String token, String election) {
    return given().auth().oauth2(token).get("/api/v1/elections/{id}/results", election).then();
  }

  static Map<String, Object> declaration(List<UUID> tieWinners) {
    Map<String, Object> body = new HashMap<>();
    body.put("termStart", LocalDate.now().toString());
    body.put("boardName", "Trust Board");
    body.put("tieWinners", tieWinners);
    return body;
  }

  static List<AmbassadorElected> electedIn(String election) {
    return Register.events().stream()
        .filter(e -> e.type().equals("AmbassadorElected") && e.aggregateId().equals(election))
        .map(e -> (AmbassadorElected) EventCodec.payload(e))
        .toList();
  }

  @Nested
  class Nominations {
    String election;
    Voter alex;
    Voter blair;

    @BeforeEach
    void open() {
      election = openElection(1);
      alex = Voter.register("Alex Stands");
      blair = Voter.register("CARER", "Blair Nominated");
    }

    @Test
    void aVolunteerNominatesAnotherWhoAcceptsAndAppearsOnTheBallotPaper() {
      String nomination = nominate(alex, election, blair.personId());
      given()
          .auth()
          .oauth2(alex.token())
          .get("/api/v1/elections/{id}/candidates", election)
          .then()
          .statusCode(200)
          .body("", hasSize(0));

      accept(blair.token(), election, nomination).statusCode(200);

      given()
          .auth()
          .oauth2(alex.token())
          .get("/api/v1/elections/{id}/candidates", election)
          .then()
          .statusCode(200)
          .body("personId", contains(blair.personId().toString()))
          .body("displayName", contains("Blair Nominated"));
    }

    @Test
    void aPersonIsNominatedOnceOnly() {
      nominate(alex, election, blair.personId());
      post(blair.token(), election, "nominations", Map.of("personId", blair.personId()))
          .statusCode(409)
          .body("errors[0].field", equalTo("personId"));
    }

    @Test
    void onlyServiceUsersAndCarersStandAndNominate() {
      UUID stakeholder = Register.person("STAKEHOLDER", "Not Standing");
      post(alex.token(), election, "nominations", Map.of("personId", stakeholder))
          .statusCode(422)
          .body("errors[0].field", equalTo("personId"));
      Voter family = Voter.register("FAMILY_MEMBER", "Family Nominator");
      post(family.token(), election, "nominations", Map.of("personId", alex.personId()))
          .statusCode(403);
    }

    @Test
    void onlyTheNomineeAccepts() {
      String nomination = nominate(alex, election, blair.personId());
      Voter stranger = Voter.register("Stranger");

      accept(alex.token(), election, nomination).statusCode(403);
      accept(stranger.token(), election, nomination).statusCode(404);
      accept(blair.token(), election, nomination).statusCode(200);
      accept(blair.token(), election, nomination).statusCode(409);
    }

    @Test
    void nominatingAndAcceptingAfterNominationsCloseIsAConflict() {
      String nomination = nominate(alex, election, blair.personId());
      openVoting(election);

      post(alex.token(), election, "nominations", Map.of("personId", alex.personId()))
          .statusCode(409);
      accept(blair.token(), election, nomination).statusCode(409);
    }
  }

  @Nested
  class Ballot {
    String election;
    Voter alex;
    Voter blair;
    Voter casey;

    @BeforeEach
    void openVotingWithTwoCandidates() {
      election = openElection(1);
      alex = Voter.register("Alex Candidate");
      blair = Voter.register("Blair Candidate");
      casey = Voter.register("CARER", "Casey Voter");
      stand(alex, election);
      stand(blair, election);
    }

    @Test
    void votingBeforeItOpensIsAConflict() {
      vote(casey, election, alex.personId()).statusCode(409);
    }

    @Test
    void aSecondVoteIsRefusedAndTheCountIsUnchanged() {
      openVoting(election);
      vote(casey, election, alex.personId()).statusCode(204);

      vote(casey, election, blair.personId()).statusCode(409);
      vote(casey, election, alex.personId()).statusCode(409);

      closeVoting(election);
      results(COORDINATOR, election)
          .statusCode(200)
          .body("totalVotes", equalTo(1))
          .body("counts[0].personId", equalTo(alex.personId().toString()))
          .body("counts[0].votes", equalTo(1))
          .body("counts[1].votes", equalTo(0));
    }

    @Test
    void aVoterSeesThatTheyHaveVotedButResultsStayHiddenWhileVotingIsOpen() {
      results(COORDINATOR, election).statusCode(409);
      openVoting(election);
      given()
          .auth()
          .oauth2(casey.token())
          .get("/api/v1/elections/{id}", election)
          .then()
          .body("youHaveVoted", equalTo(false));
      vote(casey, election, alex.personId()).statusCode(204);

      given()
          .auth()
          .oauth2(casey.token())
          .get("/api/v1/elections/{id}", election)
          .then()
          .statusCode(200)
          .body("youHaveVoted", equalTo(true));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/elections/{id}", election)
          .then()
          .body("youHaveVoted", nullValue());
      for (String token : List.of(COORDINATOR, casey.token(), EXECUTIVE)) {
        results(token, election)
            .statusCode(409)
            .contentType("application/problem+json")
            .body("counts", nullValue());
      }
    }

    @Test
    void theBallotTableHoldsNoVoterAndNoTime() {
      openVoting(election);
      vote(casey, election, alex.personId()).statusCode(204);

      List<String> columns =
          entityManager
              .createNativeQuery(
                  "select column_name from information_schema.columns where table_name ="
                      + " 'election_ballot' order by column_name",
                  String.class)
              .getResultList();
      assertThat(columns).containsExactly("candidate_person_id", "election_id", "id");
      Number ballotsMentioningVoter =
          (Number)
              entityManager
                  .createNativeQuery(
                      "select count(*) from election_ballot b where b::text like :voter")
                  .setParameter("voter", "%" + casey.personId() + "%")
                  .getSingleResult();
      Number ballots =
          (Number)
              entityManager
                  .createNativeQuery("select count(*) from election_ballot where election_id = :e")
                  .setParameter("e", UUID.fromString(election))
                  .getSingleResult();
      assertThat(ballotsMentioningVoter.longValue()).isZero();
      assertThat(ballots.longValue()).isEqualTo(1);
    }

    @Test
    void aVoteForSomeoneNotStandingBreaksTheRules() {
      Voter notStanding = Voter.register("Not Standing");
      openVoting(election);

      vote(casey, election, notStanding.personId())
          .statusCode(422)
          .body("errors[0].field", equalTo("candidatePersonId"));
      vote(casey, election, alex.personId()).statusCode(204);
    }

    @Test
    void aVolunteerWhoIsNotAServiceUserOrCarerMayNotVote() {
      Voter family = Voter.register("FAMILY_MEMBER", "Family Voter");
      openVoting(election);

      vote(family, election, alex.personId()).statusCode(403);
    }

    @Test
    void votingAfterItClosesIsAConflictAndTheScheduleIsFinal() {
      openVoting(election);
      closeVoting(election);

      vote(casey, election, alex.personId()).statusCode(409);
      reschedule(election, schedule(-3, -2, -1, 5)).statusCode(409);
    }
  }

  @Nested
  class Schedule {
    @Test
    void datesOutOfOrderAreNamed() {
      String election = openElection(1);

      reschedule(election, schedule(-1, 1, 3, 2))
          .statusCode(400)
          .body("errors[0].field", equalTo("votingCloseAt"));
      reschedule(election, schedule(-1, 2, 1, 3))
          .statusCode(400)
          .body("errors[0].field", equalTo("votingOpenAt"));
    }

    @Test
    void aStaleRescheduleIsRefused() {
      String election = openElection(1);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body(schedule(-1, 2, 3, 4))
          .put("/api/v1/elections/{id}/schedule", election)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body(schedule(-1, 5, 6, 7))
          .put("/api/v1/elections/{id}/schedule", election)
          .then()
          .statusCode(412);
    }

    @Test
    void onlyACoordinatorRunsAnElection() {
      Voter val = Voter.register("Val Volunteer");
      given()
          .auth()
          .oauth2(val.token())
          .contentType(ContentType.JSON)
          .body(
              Map.of(
                  "roleTitle",
                  "Mine",
                  "seats",
                  1,
                  "schedule",
                  schedule(-1, 1, 2, 3),
                  "termMonths",
                  12))
          .post("/api/v1/elections")
          .then()
          .statusCode(403);
      String election = openElection(1);
      given()
          .auth()
          .oauth2(val.token())
          .contentType(ContentType.JSON)
          .body(schedule(-3, -2, -1, 0))
          .put("/api/v1/elections/{id}/schedule", election)
          .then()
          .statusCode(403);
    }

    @Test
    void volunteersSeeOpenElectionsOnly() {
      String open = openElection(1);
      String over = openElection(1);
      openVoting(over);
      closeVoting(over);
      Voter val = Voter.register("Val Lists");

      List<String> seen =
          given()
              .auth()
              .oauth2(val.token())
              .get("/api/v1/elections?limit=100")
              .then()
              .statusCode(200)
              .extract()
              .path("items.id");
      assertThat(seen).contains(open).doesNotContain(over);
    }
  }

  @Nested
  class Declaration {
    @Test
    void declaringRecordsTermsAndSeatsAndPublishesAmbassadorElectedOncePerWinner() {
      String election = openElection(2);
      Voter alex = Voter.register("Alex Winner");
      Voter blair = Voter.register("CARER", "Blair Winner");
      Voter casey = Voter.register("Casey Loser");
      for (Voter candidate : List.of(alex, blair, casey)) {
        stand(candidate, election);
      }
      openVoting(election);
      vote(alex, election, alex.personId()).statusCode(204);
      vote(blair, election, alex.personId()).statusCode(204);
      vote(casey, election, blair.personId()).statusCode(204);
      post(COORDINATOR, election, "declaration", declaration(null)).statusCode(409);
      closeVoting(election);

      LocalDate start = LocalDate.now();
      LocalDate end = start.plusMonths(24);
      post(COORDINATOR, election, "declaration", declaration(null))
          .statusCode(200)
          .body("declared", equalTo(true))
          .body("winners", contains(alex.personId().toString(), blair.personId().toString()))
          .body("terms", hasSize(2))
          .body("terms.termEnd", hasItems(end.toString()))
          .body("terms.boardName", hasItems("Trust Board"));
      post(COORDINATOR, election, "declaration", declaration(null)).statusCode(409);

      UUID id = UUID.fromString(election);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(electedIn(election))
                      .containsExactlyInAnyOrder(
                          new AmbassadorElected(id, alex.personId(), start, end),
                          new AmbassadorElected(id, blair.personId(), start, end)));
      List<String> ambassadors =
          given()
              .auth()
              .oauth2(EXECUTIVE)
              .get("/api/v1/ambassadors?limit=100")
              .then()
              .statusCode(200)
              .extract()
              .path("items.personId");
      assertThat(ambassadors)
          .contains(alex.personId().toString(), blair.personId().toString())
          .doesNotContain(casey.personId().toString());
      given().auth().oauth2(alex.token()).get("/api/v1/ambassadors").then().statusCode(403);
    }

    @Test
    void aTieForTheLastSeatIsReportedAndMustBeSettledToDeclare() {
      String election = openElection(1);
      Voter alex = Voter.register("Alex Tied");
      Voter blair = Voter.register("Blair Tied");
      stand(alex, election);
      stand(blair, election);
      openVoting(election);
      vote(alex, election, blair.personId()).statusCode(204);
      vote(blair, election, alex.personId()).statusCode(204);
      closeVoting(election);

      results(alex.token(), election)
          .statusCode(200)
          .body("winners", hasSize(0))
          .body("tie.seatsLeft", equalTo(1))
          .body(
              "tie.tiedPersonIds",
              hasItems(alex.personId().toString(), blair.personId().toString()));
      post(COORDINATOR, election, "declaration", declaration(null))
          .statusCode(422)
          .body("errors[0].field", equalTo("tieWinners"));
      post(COORDINATOR, election, "declaration", declaration(List.of(blair.personId())))
          .statusCode(200)
          .body("terms.personId", contains(blair.personId().toString()));
    }
  }
}
