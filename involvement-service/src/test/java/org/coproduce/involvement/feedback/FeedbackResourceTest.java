package org.coproduce.involvement.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.EventCodec;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.FeedbackGiven;
import org.coproduce.involvement.Arrange;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class FeedbackResourceTest {
  static final String COMMENT = "More breaks next time, please";

  static Map<String, Object> feedback(int overall, int usefulness) {
    Map<String, Object> body = new HashMap<>();
    body.put("overall", overall);
    body.put("usefulness", usefulness);
    body.put("comment", COMMENT);
    return body;
  }

  static ValidatableResponse give(UUID session, UUID person, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(Tokens.volunteer("val", person))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/sessions/{id}/feedback", session)
        .then();
  }

  static ValidatableResponse summary(UUID session) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/sessions/{id}/feedback/summary", session)
        .then()
        .statusCode(200);
  }

  /** A person whose attendance at the session is recorded. */
  static UUID attendee(UUID session, String name) {
    UUID person = Register.person("SERVICE_USER", name);
    Arrange.attendance(session, person, 2);
    return person;
  }

  @Test
  void someoneWhoAttendedRatesTheSessionAndStaffSeeTheAverages() {
    UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
    UUID ann = attendee(session, "Ann Rates");
    UUID bob = attendee(session, "Bob Rates");

    give(session, ann, feedback(4, 5))
        .statusCode(201)
        .body("overall", equalTo(4))
        .body("usefulness", equalTo(5))
        .body("comment", equalTo(COMMENT));
    Map<String, Object> noComment = feedback(5, 2);
    noComment.remove("comment");
    give(session, bob, noComment).statusCode(201);

    given()
        .auth()
        .oauth2(Tokens.of("lena.lead", "qi-lead"))
        .get("/api/v1/sessions/{id}/feedback", session)
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[0].overall", equalTo(5))
        .body("items[0].comment", nullValue())
        .body("items[1].comment", equalTo(COMMENT));
    summary(session)
        .body("responses", equalTo(2))
        .body("averageOverall", equalTo(4.5f))
        .body("averageUsefulness", equalTo(3.5f));
  }

  @Test
  void aSessionWithoutFeedbackHasNoAverages() {
    UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));

    summary(session)
        .body("responses", equalTo(0))
        .body("averageOverall", nullValue())
        .body("averageUsefulness", nullValue());
  }

  @Test
  void feedbackIsPublishedWithRatingsButNeverTheComment() {
    UUID project = UUID.randomUUID();
    UUID activity = Arrange.activity(project);
    UUID session = Arrange.session(activity);
    UUID ann = attendee(session, "Ann Published");

    String id = give(session, ann, feedback(3, 4)).statusCode(201).extract().path("id");

    await().atMost(Duration.ofSeconds(30)).until(() -> !Arrange.eventsAbout(id).isEmpty());
    EventEnvelope envelope = Arrange.eventsAbout(id).get(0);
    assertThat(EventCodec.payload(envelope))
        .isEqualTo(new FeedbackGiven(UUID.fromString(id), session, activity, project, 3, 4));
    assertThat(envelope.payload().toString())
        .doesNotContain("breaks")
        .doesNotContain(ann.toString());
  }

  @Nested
  class Refusals {
    @Test
    void feedbackIsGivenOncePerPersonAndSession() {
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
      UUID ann = attendee(session, "Ann Twice");
      give(session, ann, feedback(4, 4)).statusCode(201);

      give(session, ann, feedback(1, 1)).statusCode(409).contentType("application/problem+json");
      summary(session).body("responses", equalTo(1)).body("averageOverall", equalTo(4.0f));
    }

    @Test
    void someoneWhoDidNotAttendMayNotGiveFeedback() {
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
      attendee(session, "Ann Attended");
      UUID elsewhere = Register.person("SERVICE_USER", "Not There");
      Arrange.attendance(Arrange.session(Arrange.activity(UUID.randomUUID())), elsewhere, 1);

      give(session, elsewhere, feedback(5, 5))
          .statusCode(403)
          .contentType("application/problem+json");
      summary(session).body("responses", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void ratingsOutsideOneToFiveAreNamed(int rating) {
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
      UUID ann = attendee(session, "Ann Range");

      give(session, ann, feedback(3, rating))
          .statusCode(400)
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo("usefulness"));
      give(session, ann, feedback(rating, 3))
          .statusCode(400)
          .body("errors[0].field", equalTo("overall"));
      summary(session).body("responses", equalTo(0));
    }

    @Test
    void aCommentOver2000CharactersIsNamed() {
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
      UUID ann = attendee(session, "Ann Long");
      Map<String, Object> body = feedback(3, 3);
      body.put("comment", "a".repeat(2001));

      give(session, ann, body).statusCode(400).body("errors[0].field", equalTo("comment"));
    }

    @Test
    void onlyVolunteersGiveFeedbackAndOnlyStaffReadIt() {
      UUID session = Arrange.session(Arrange.activity(UUID.randomUUID()));
      UUID ann = attendee(session, "Ann Reader");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(feedback(5, 5))
          .post("/api/v1/sessions/{id}/feedback", session)
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(Tokens.volunteer("val", ann))
          .get("/api/v1/sessions/{id}/feedback", session)
          .then()
          .statusCode(403);
    }

    @Test
    void feedbackOnAnUnknownSessionIsNotFound() {
      give(UUID.randomUUID(), UUID.randomUUID(), feedback(3, 3)).statusCode(404);
    }
  }
}
