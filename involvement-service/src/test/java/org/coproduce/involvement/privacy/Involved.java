package org.coproduce.involvement.privacy;

import static io.restassured.RestAssured.given;
import static org.coproduce.involvement.Register.COORDINATOR;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.involvement.Arrange;
import org.coproduce.involvement.Opportunities;
import org.coproduce.testing.Tokens;

/**
 * Two people with something in every feature of involvement-service, side by side in the same
 * session, opportunities, meeting, panel and election, all made through the API as coordinators and
 * volunteers would. Each one's free texts are unique to them, so a test can look for them in what
 * is read.
 */
final class Involved {

  /** One of the two people: their whole profile, their token and what they wrote. */
  record Person(
      Someone someone,
      String token,
      String participationId,
      String contributionId,
      String reason,
      String comment,
      String said,
      String scoreNote,
      String note) {
    UUID id() {
      return someone.id();
    }

    /** Every value unique to the person: profile values and the free texts they or staff wrote. */
    List<String> personalValues() {
      List<String> values = new ArrayList<>(someone.personalValues());
      values.addAll(List.of(reason, comment, said, scoreNote, note));
      return values;
    }
  }

  final UUID session;
  final String decidedOpportunity;
  final String liveOpportunity;
  final String meeting;
  final String panel;
  final String election;
  final Person erin;
  final Person olu;
  final String erinsLiveInterest;
  final String erinsDecidedInterest;

  Involved() {
    session = Arrange.session(Arrange.activity(UUID.randomUUID()));
    decidedOpportunity = opportunity();
    liveOpportunity = opportunity();
    panel = panel();
    election = openElection();
    Someone erinsProfile = Someone.withEverything("Erin");
    Someone olusProfile = Someone.withEverything("Olu");
    meeting = meeting(erinsProfile.id(), olusProfile.id());
    List<String> sheet = Arrange.attendance(session, erinsProfile.id(), 2, olusProfile.id(), 3);
    erin = involve(erinsProfile, sheet.get(0));
    olu = involve(olusProfile, sheet.get(1));
    erinsDecidedInterest = expressInterest(erin, decidedOpportunity);
    post(COORDINATOR, "/api/v1/expressions-of-interest/" + erinsDecidedInterest + "/decline", null)
        .statusCode(200);
    erinsLiveInterest = expressInterest(erin, liveOpportunity);
    expressInterest(olu, liveOpportunity);
    openVoting();
    vote(erin, olu.id());
    vote(olu, erin.id());
  }

  private Person involve(Someone someone, String participationId) {
    UUID id = someone.id();
    String tag = id.toString().substring(0, 8);
    String token = Tokens.volunteer("vol." + id, id);
    String reason = "Stayed on to help a carer " + tag;
    String comment = "Too warm in the room " + tag;
    String said = "Put the visiting times on the door " + tag;
    String scoreNote = "Spoke well about listening " + tag;
    String note = "Tuesdays only, seat near the door " + tag;
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Map.of("hours", 2.5, "reason", reason))
        .post("/api/v1/participations/{id}/corrections", participationId)
        .then()
        .statusCode(201);
    post(token, "/api/v1/sessions/" + session + "/feedback", feedback(comment)).statusCode(201);
    post(
            COORDINATOR,
            "/api/v1/meetings/" + meeting + "/actions",
            Map.of("description", "Bring the leaflets", "ownerPersonId", id))
        .statusCode(201);
    String contribution =
        post(
                COORDINATOR,
                "/api/v1/contributions",
                Map.of("personId", id, "kind", "IDEA", "text", said, "meetingId", meeting))
            .statusCode(201)
            .extract()
            .path("id");
    post(COORDINATOR, "/api/v1/panels/" + panel + "/members", Map.of("personId", id))
        .statusCode(201);
    scorePanel(token, scoreNote);
    String nomination =
        post(token, "/api/v1/elections/" + election + "/nominations", Map.of("personId", id))
            .statusCode(201)
            .extract()
            .path("id");
    post(
            token,
            "/api/v1/elections/" + election + "/nominations/" + nomination + "/acceptance",
            null)
        .statusCode(200);
    return new Person(
        someone, token, participationId, contribution, reason, comment, said, scoreNote, note);
  }

  private static Map<String, Object> feedback(String comment) {
    return Map.of("overall", 4, "usefulness", 5, "comment", comment);
  }

  private String expressInterest(Person person, String opportunity) {
    return post(
            person.token(),
            "/api/v1/opportunities/" + opportunity + "/expressions-of-interest",
            Map.of("note", person.note()))
        .statusCode(201)
        .extract()
        .path("id");
  }

  private String criterion;
  private String candidate;

  private void scorePanel(String token, String note) {
    post(
            token,
            "/api/v1/panels/" + panel + "/scores",
            Map.of("candidateId", candidate, "criterionId", criterion, "score", 4, "note", note))
        .statusCode(201);
  }

  private void vote(Person voter, UUID candidate) {
    post(
            voter.token(),
            "/api/v1/elections/" + election + "/ballot",
            Map.of("candidatePersonId", candidate))
        .statusCode(204);
  }

  private static String opportunity() {
    return Opportunities.published(
        Opportunities.opportunity("FOCUS_GROUP", List.of(Opportunities.uniqueTopic())));
  }

  private static String meeting(UUID... attendees) {
    return post(
            COORDINATOR,
            "/api/v1/meetings",
            Map.of(
                "title", "Service user forum",
                "startsAt", "2026-03-18T10:00:00Z",
                "endsAt", "2026-03-18T12:00:00Z",
                "location", "Room 3, Trust Headquarters",
                "attendees", List.of(attendees)))
        .statusCode(201)
        .extract()
        .path("id");
  }

  private String panel() {
    String id =
        post(
                COORDINATOR,
                "/api/v1/panels",
                Map.of("postTitle", "Ward manager", "interviewDate", "2026-05-12"))
            .statusCode(201)
            .extract()
            .path("id");
    criterion =
        post(
                COORDINATOR,
                "/api/v1/panels/" + id + "/criteria",
                Map.of("text", "Listens", "weight", 3))
            .statusCode(201)
            .extract()
            .path("id");
    candidate =
        post(
                COORDINATOR,
                "/api/v1/panels/" + id + "/candidates",
                Map.of("reference", "Candidate A"))
            .statusCode(201)
            .extract()
            .path("id");
    return id;
  }

  /** An election whose nominations are open now. */
  static String openElection() {
    Map<String, Object> body = new HashMap<>();
    body.put("roleTitle", "Patient and carer ambassador");
    body.put("seats", 1);
    body.put("schedule", schedule(-1, 1, 2, 3));
    body.put("termMonths", 24);
    return post(COORDINATOR, "/api/v1/elections", body).statusCode(201).extract().path("id");
  }

  private void openVoting() {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(schedule(-3, -2, -1, 1))
        .put("/api/v1/elections/{id}/schedule", election)
        .then()
        .statusCode(200);
  }

  private static Map<String, Object> schedule(
      long nominationsOpen, long close, long open, long end) {
    Instant now = Instant.now();
    return Map.of(
        "nominationsOpenAt", now.plus(Duration.ofHours(nominationsOpen)).toString(),
        "nominationsCloseAt", now.plus(Duration.ofHours(close)).toString(),
        "votingOpenAt", now.plus(Duration.ofHours(open)).toString(),
        "votingCloseAt", now.plus(Duration.ofHours(end)).toString());
  }

  static ValidatableResponse post(String token, String path, Object body) {
    var request = given().auth().oauth2(token);
    if (body != null) {
      request = request.contentType(ContentType.JSON).body(body);
    }
    return request.post(path).then();
  }
}
