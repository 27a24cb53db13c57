package org.coproduce.involvement.contribution;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.coproduce.involvement.Register.COORDINATOR_NAME;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.ContributionRecorded;
import org.coproduce.events.ContributionToldBack;
import org.coproduce.events.EventCodec;
import org.coproduce.events.EventEnvelope;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContributionResourceTest {
  static final String ADMIN = Tokens.of("ada.admin", "admin");
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  /** A valid contribution by the person; tests change what they are about. */
  static Map<String, Object> said(UUID personId, String text) {
    Map<String, Object> body = new HashMap<>();
    body.put("personId", personId);
    body.put("kind", "IDEA");
    body.put("text", text);
    return body;
  }

  static String record(Map<String, Object> body, String token) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/contributions")
        .then()
        .statusCode(201)
        .header("Location", notNullValue())
        .header("ETag", "\"0\"")
        .extract()
        .path("id");
  }

  static String saidOn(UUID personId, LocalDate day) {
    Map<String, Object> body = said(personId, "Said on " + day);
    body.put("contributedOn", day.toString());
    return record(body, COORDINATOR);
  }

  static String weDid(String id, String etag) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "text", "Visiting times are on every ward door",
                "doneOn", TODAY.toString(),
                "doneBy", "Ward 7 nursing team"))
        .put("/api/v1/contributions/{id}/we-did", id)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  static void tellBack(String id, String etag) {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(Map.of("channel", "LETTER"))
        .post("/api/v1/contributions/{id}/tell-back", id)
        .then()
        .statusCode(200)
        .body("toldBack", equalTo(true));
  }

  static List<Object> listFor(UUID personId) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("personId", personId)
        .get("/api/v1/contributions")
        .then()
        .statusCode(200)
        .extract()
        .path("items");
  }

  static List<EventEnvelope> eventsAbout(String contributionId) {
    return Register.events().stream().filter(e -> e.aggregateId().equals(contributionId)).toList();
  }

  @Nested
  class Recording {
    @Test
    void aCoordinatorRecordsAContributionDueToBeToldBackTwentyEightDaysLater() {
      UUID person = Register.person("SERVICE_USER", "Ida Idea");
      UUID project = UUID.randomUUID();
      Map<String, Object> body = said(person, "Put visiting times on the ward door");
      body.put("kind", "FEEDBACK");
      body.put("projectId", project);
      body.put("contributedOn", "2026-03-14");
      String id = record(body, COORDINATOR);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/contributions/{id}", id)
          .then()
          .statusCode(200)
          .header("ETag", "\"0\"")
          .body("personId", equalTo(person.toString()))
          .body("kind", equalTo("FEEDBACK"))
          .body("text", equalTo("Put visiting times on the ward door"))
          .body("projectId", equalTo(project.toString()))
          .body("contributedOn", equalTo("2026-03-14"))
          .body("tellBackDueOn", equalTo("2026-04-11"))
          .body("weDid", nullValue())
          .body("toldBack", equalTo(false))
          .body("recordedBy", equalTo(Tokens.subjectOf(COORDINATOR_NAME)));
    }

    @Test
    void recordingPublishesContributionRecordedWithIdsAndKindButNotWhatWasSaid() {
      UUID person = Register.person("CARER", "Carl Comment");
      String text = "The car park barrier is broken at night";
      Map<String, Object> body = said(person, text);
      body.put("kind", "PANEL_VIEW");
      String id = record(body, COORDINATOR);

      await().atMost(Duration.ofSeconds(30)).until(() -> eventsAbout(id).size() == 1);
      EventEnvelope event = eventsAbout(id).get(0);
      assertThat(event.type()).isEqualTo("ContributionRecorded");
      assertThat(EventCodec.payload(event))
          .isEqualTo(new ContributionRecorded(UUID.fromString(id), person, "PANEL_VIEW"));
      assertThat(event.payload().toString()).doesNotContain(text, "car park");
    }

    @Test
    void aVolunteerRecordsWhatTheySaidThemselvesOnTheDay() {
      UUID me = Register.person("SERVICE_USER", "Val Says");
      String token = Tokens.volunteer("val", me);
      String id = record(said(me, "More chairs in the waiting room"), token);

      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/contributions/{id}", id)
          .then()
          .statusCode(200)
          .body("contributedOn", equalTo(TODAY.toString()))
          .body("tellBackDueOn", equalTo(TODAY.plusDays(28).toString()))
          .body("recordedBy", equalTo(Tokens.subjectOf("val")));
    }

    @Test
    void aVolunteerCannotRecordWhatSomeoneElseSaid() {
      UUID me = Register.person("SERVICE_USER", "Val Only");
      UUID other = Register.person("CARER", "Not Val");

      given()
          .auth()
          .oauth2(Tokens.volunteer("val", me))
          .contentType(ContentType.JSON)
          .body(said(other, "Words put in their mouth"))
          .post("/api/v1/contributions")
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      assertThat(listFor(other)).isEmpty();
    }

    @Test
    void aQiLeadRecordsWhatSomeoneSaidAtTheirProject() {
      UUID person = Register.person("SERVICE_USER", "Quinn's Team Member");

      record(said(person, "Try the new form with patients first"), Tokens.of("quinn", "qi-lead"));

      assertThat(listFor(person)).hasSize(1);
    }

    @Test
    void aPersonNotInTheRegisterIsRefusedNamingPersonId() {
      refused(said(UUID.randomUUID(), "From nobody"), 422, "personId");
    }

    @Test
    void aMeetingThePersonDidNotAttendIsRefusedNamingMeetingId() {
      UUID person = Register.person("SERVICE_USER", "Absent Ann");
      String meeting =
          given()
              .auth()
              .oauth2(COORDINATOR)
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "title", "Forum without Ann",
                      "startsAt", "2026-03-18T10:00:00Z",
                      "endsAt", "2026-03-18T12:00:00Z",
                      "location", "Room 3"))
              .post("/api/v1/meetings")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      Map<String, Object> body = said(person, "At a meeting I missed");
      body.put("kind", "MEETING_COMMENT");
      body.put("meetingId", meeting);

      refused(body, 422, "meetingId");
      assertThat(listFor(person)).isEmpty();
    }

    @Test
    void aDayInTheFutureBlankTextOrUnknownKindIsNamed() {
      UUID person = Register.person("CARER", "Refused Rita");
      Map<String, Object> future = said(person, "Tomorrow's idea");
      future.put("contributedOn", TODAY.plusDays(2).toString());
      refused(future, 400, "contributedOn");
      refused(said(person, " "), 400, "text");
      Map<String, Object> kind = said(person, "A complaint");
      kind.put("kind", "COMPLAINT");
      refused(kind, 400, "kind");
      assertThat(listFor(person)).isEmpty();
    }

    private void refused(Map<String, Object> body, int status, String field) {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/contributions")
          .then()
          .statusCode(status)
          .contentType("application/problem+json")
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo(field));
    }
  }

  @Nested
  class YouSaidWeDid {
    @Test
    void staffRecordWhatWasDoneAndThatThePersonWasToldAndTheVolunteerSeesIt() {
      UUID me = Register.person("SERVICE_USER", "Tess Told");
      String token = Tokens.volunteer("tess", me);
      String id = record(said(me, "Visiting times on the door, please"), token);

      String etag = weDid(id, "\"0\"");
      tellBack(id, etag);

      given()
          .auth()
          .oauth2(token)
          .queryParam("personId", me)
          .get("/api/v1/contributions")
          .then()
          .statusCode(200)
          .body("items", hasSize(1))
          .body("items[0].id", equalTo(id))
          .body("items[0].weDid.text", equalTo("Visiting times are on every ward door"))
          .body("items[0].weDid.doneOn", equalTo(TODAY.toString()))
          .body("items[0].weDid.doneBy", equalTo("Ward 7 nursing team"))
          .body("items[0].toldBack", equalTo(true))
          .body("items[0].toldBackAt", notNullValue())
          .body("items[0].toldBackChannel", equalTo("LETTER"));
    }

    @Test
    void tellingBackPublishesContributionToldBackWithoutWhatWasSaidOrDone() {
      UUID person = Register.person("CARER", "Evan Event");
      String id = record(said(person, "Quieter night checks"), COORDINATOR);
      tellBack(id, weDid(id, "\"0\""));

      await().atMost(Duration.ofSeconds(30)).until(() -> eventsAbout(id).size() == 2);
      EventEnvelope told = eventsAbout(id).get(1);
      assertThat(told.type()).isEqualTo("ContributionToldBack");
      ContributionToldBack payload = (ContributionToldBack) EventCodec.payload(told);
      assertThat(payload.contributionId()).isEqualTo(UUID.fromString(id));
      assertThat(payload.toldBackAt()).isNotNull();
      assertThat(told.payload().toString())
          .doesNotContain("Quieter", "Visiting", "Ward 7", "LETTER");
    }

    @Test
    void thePersonCannotBeToldBackBeforeWhatWasDoneIsRecorded() {
      UUID person = Register.person("CARER", "Early Ed");
      String id = record(said(person, "Too soon"), COORDINATOR);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Map.of("channel", "PHONE"))
          .post("/api/v1/contributions/{id}/tell-back", id)
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("weDid"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/contributions/{id}", id)
          .then()
          .body("toldBack", equalTo(false));
    }

    @Test
    void aTellBackStandsOnceRecorded() {
      UUID person = Register.person("CARER", "Twice Told");
      String id = record(said(person, "Once is enough"), COORDINATOR);
      tellBack(id, weDid(id, "\"0\""));

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Map.of("channel", "EMAIL"))
          .post("/api/v1/contributions/{id}/tell-back", id)
          .then()
          .statusCode(409);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Map.of("text", "Changed story", "doneOn", TODAY.toString(), "doneBy", "Someone"))
          .put("/api/v1/contributions/{id}/we-did", id)
          .then()
          .statusCode(409);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/contributions/{id}", id)
          .then()
          .body("toldBackChannel", equalTo("LETTER"))
          .body("weDid.doneBy", equalTo("Ward 7 nursing team"));
    }

    @Test
    void aStaleVersionIsRefused() {
      UUID person = Register.person("CARER", "Stale Sid");
      String id = record(said(person, "Stale"), COORDINATOR);
      weDid(id, "\"0\"");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body(Map.of("channel", "EMAIL"))
          .post("/api/v1/contributions/{id}/tell-back", id)
          .then()
          .statusCode(412)
          .contentType("application/problem+json");
    }

    @Test
    void whatWasDoneOnADayInTheFutureIsNamed() {
      UUID person = Register.person("CARER", "Future Fay");
      String id = record(said(person, "Later"), COORDINATOR);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(
              Map.of(
                  "text", "Will do", "doneOn", TODAY.plusDays(3).toString(), "doneBy", "Estates"))
          .put("/api/v1/contributions/{id}/we-did", id)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("doneOn"));
    }

    @Test
    void aVolunteerCannotRecordWhatWasDoneWithTheirOwnContribution() {
      UUID me = Register.person("SERVICE_USER", "Val Did");
      String token = Tokens.volunteer("val", me);
      String id = record(said(me, "Mine"), token);

      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(Map.of("text", "I did it", "doneOn", TODAY.toString(), "doneBy", "Me"))
          .put("/api/v1/contributions/{id}/we-did", id)
          .then()
          .statusCode(403);
    }
  }

  @Nested
  class Reading {
    @Test
    void aVolunteerCannotSeeAnotherPersonsContributions() {
      UUID me = Register.person("SERVICE_USER", "Val Reads");
      UUID other = Register.person("CARER", "Private Pat");
      String theirs = record(said(other, "Private words"), COORDINATOR);
      String token = Tokens.volunteer("val", me);

      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/contributions/{id}", theirs)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(token)
          .queryParam("personId", other)
          .get("/api/v1/contributions")
          .then()
          .statusCode(404);
    }

    @Test
    void aCoordinatorsReadOfContributionsIsAudited() {
      UUID person = Register.person("CARER", "Audited Ava");
      String id = record(said(person, "Audited words"), COORDINATOR);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/contributions/{id}", id)
          .then()
          .statusCode(200);

      given()
          .auth()
          .oauth2(ADMIN)
          .queryParam("personId", person)
          .get("/api/v1/audit")
          .then()
          .body("items.recordType", hasItem("CONTRIBUTIONS"));
    }

    @Test
    void aPersonsContributionsArePagedNewestFirst() {
      UUID person = Register.person("CARER", "Paged Pia");
      String first = record(said(person, "First"), COORDINATOR);
      String second = record(said(person, "Second"), COORDINATOR);

      String cursor =
          given()
              .auth()
              .oauth2(COORDINATOR)
              .queryParam("personId", person)
              .queryParam("limit", 1)
              .get("/api/v1/contributions")
              .then()
              .body("items.id", equalTo(List.of(second)))
              .extract()
              .path("nextCursor");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParam("personId", person)
          .queryParam("limit", 1)
          .queryParam("cursor", cursor)
          .get("/api/v1/contributions")
          .then()
          .body("items.id", equalTo(List.of(first)))
          .body("nextCursor", nullValue());
    }
  }

  @Nested
  class OverdueTellBacks {
    @Test
    void onlyContributionsNotToldBackPastTheirDueDayAreListedLongestOverdueFirst() {
      UUID person = Register.person("SERVICE_USER", "Olive Overdue");
      String longOverdue = saidOn(person, TODAY.minusDays(60));
      String overdue = saidOn(person, TODAY.minusDays(40));
      String toldBack = saidOn(person, TODAY.minusDays(50));
      tellBack(toldBack, weDid(toldBack, "\"0\""));
      String dueToday = saidOn(person, TODAY.minusDays(28));
      String notYetDue = saidOn(person, TODAY);

      List<Map<String, Object>> listed = everyOverdue();
      List<Object> ids = listed.stream().map(item -> item.get("contributionId")).toList();

      assertThat(ids).containsSubsequence(longOverdue, overdue);
      assertThat(ids).doesNotContain(toldBack, dueToday, notYetDue);
      assertThat(listed.stream().map(item -> (String) item.get("tellBackDueOn")).toList())
          .isSorted()
          .allMatch(due -> LocalDate.parse(due).isBefore(TODAY));
      assertThat(listed.stream().filter(item -> item.get("contributionId").equals(overdue)))
          .singleElement()
          .satisfies(
              item ->
                  assertThat(item)
                      .containsEntry("personId", person.toString())
                      .containsEntry("kind", "IDEA")
                      .containsEntry("tellBackDueOn", TODAY.minusDays(12).toString())
                      .containsEntry("weDidRecorded", false)
                      .doesNotContainKey("text"));
    }

    @Test
    void onlyCoordinatorsAndAdminsSeeTheOverdueList() {
      UUID me = Register.person("SERVICE_USER", "Val Overdue");
      for (String token : List.of(Tokens.volunteer("val", me), Tokens.of("quinn", "qi-lead"))) {
        given()
            .auth()
            .oauth2(token)
            .get("/api/v1/contributions/overdue-tell-backs")
            .then()
            .statusCode(403);
      }
      given()
          .auth()
          .oauth2(ADMIN)
          .get("/api/v1/contributions/overdue-tell-backs")
          .then()
          .statusCode(200);
    }

    /** Every overdue tell-back, page by page (two at a time, so the cursor is used). */
    private List<Map<String, Object>> everyOverdue() {
      List<Map<String, Object>> all = new ArrayList<>();
      String cursor = null;
      do {
        var request = given().auth().oauth2(COORDINATOR).queryParam("limit", 2);
        if (cursor != null) {
          request.queryParam("cursor", cursor);
        }
        var page =
            request
                .get("/api/v1/contributions/overdue-tell-backs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        all.addAll(page.getList("items"));
        cursor = page.getString("nextCursor");
      } while (cursor != null);
      return all;
    }
  }
}
