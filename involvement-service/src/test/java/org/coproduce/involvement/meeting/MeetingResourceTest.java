package org.coproduce.involvement.meeting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.coproduce.involvement.Register.COORDINATOR_NAME;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingResourceTest {
  static final String ADMIN = Tokens.of("ada.admin", "admin");

  /** A valid in-person meeting with two agenda items; tests change what they are about. */
  static Map<String, Object> meeting(String title, UUID... attendees) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("startsAt", "2026-03-18T10:00:00Z");
    body.put("endsAt", "2026-03-18T12:00:00Z");
    body.put("location", "Room 3, Trust Headquarters");
    body.put(
        "agenda",
        List.of(
            Map.of("title", "Welcome"),
            Map.of("title", "Discharge lounge", "notes", "The ward team joins for this item")));
    body.put("attendees", List.of(attendees));
    return body;
  }

  static String arrange(Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/meetings")
        .then()
        .statusCode(201)
        .header("Location", notNullValue())
        .header("ETag", "\"0\"")
        .extract()
        .path("id");
  }

  static String draft(String meetingId, String text) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Map.of("text", text))
        .put("/api/v1/meetings/{id}/minutes", meetingId)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  static void publish(String meetingId, String etag) {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .header("If-Match", etag)
        .post("/api/v1/meetings/{id}/minutes/publication", meetingId)
        .then()
        .statusCode(200)
        .body("minutesStatus", equalTo("PUBLISHED"))
        .body("minutesPublishedAt", notNullValue());
  }

  static String addAction(String meetingId, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/meetings/{id}/actions", meetingId)
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("status", equalTo("OPEN"))
        .extract()
        .path("id");
  }

  /** The titles on the first page of meetings the caller may list. */
  static List<String> listedTitles(String token) {
    return given()
        .auth()
        .oauth2(token)
        .queryParam("limit", 100)
        .get("/api/v1/meetings")
        .then()
        .statusCode(200)
        .extract()
        .path("items.title");
  }

  @Nested
  class Arranging {
    @Test
    void aCoordinatorArrangesAMeetingWithItsAgendaInOrderAndItsAttendees() {
      UUID sam = Register.person("SERVICE_USER", "Sam Attends");
      UUID kit = Register.person("CARER", "Kit Attends");
      Map<String, Object> body = meeting("Forum, March", sam, kit);
      body.put("onlineLink", "https://meet.example.nhs.uk/forum");
      String id = arrange(body);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/meetings/{id}", id)
          .then()
          .statusCode(200)
          .header("ETag", "\"0\"")
          .body("title", equalTo("Forum, March"))
          .body("startsAt", equalTo("2026-03-18T10:00:00Z"))
          .body("endsAt", equalTo("2026-03-18T12:00:00Z"))
          .body("location", equalTo("Room 3, Trust Headquarters"))
          .body("onlineLink", equalTo("https://meet.example.nhs.uk/forum"))
          .body("agenda.title", equalTo(List.of("Welcome", "Discharge lounge")))
          .body("agenda[1].notes", equalTo("The ward team joins for this item"))
          .body("attendees", containsInAnyOrder(sam.toString(), kit.toString()))
          .body("minutesStatus", equalTo("NONE"))
          .body("minutes", nullValue())
          .body("actions", hasSize(0));
    }

    @Test
    void anOnlineOnlyMeetingNeedsNoLocation() {
      Map<String, Object> body = meeting("Online forum");
      body.remove("location");
      body.put("onlineLink", "https://meet.example.nhs.uk/online");

      arrange(body);
    }

    @Test
    void anEndThatIsNotAfterTheStartIsRefusedNamingEndsAt() {
      for (String endsAt : List.of("2026-03-18T09:00:00Z", "2026-03-18T10:00:00Z")) {
        Map<String, Object> body = meeting("Ends too soon");
        body.put("endsAt", endsAt);
        refused(body, 400, "endsAt");
      }
      assertThat(listedTitles(COORDINATOR)).doesNotContain("Ends too soon");
    }

    @Test
    void aMeetingWithNowhereToMeetIsRefusedNamingLocation() {
      Map<String, Object> body = meeting("Nowhere");
      body.remove("location");

      refused(body, 400, "location");
    }

    @Test
    void anAttendeeWhoIsNotInTheRegisterIsRefusedNamingTheField() {
      UUID sam = Register.person("SERVICE_USER", "Sam Known");
      Map<String, Object> body = meeting("Stranger attends", sam, UUID.randomUUID());

      refused(body, 422, "attendees[1]");
      assertThat(listedTitles(COORDINATOR)).doesNotContain("Stranger attends");
    }

    @Test
    void aBlankTitleABlankAgendaItemAndAMissingAttendeeAreNamed() {
      Map<String, Object> body = meeting(" ");
      refused(body, 400, "title");

      body = meeting("Blank item");
      body.put("agenda", List.of(Map.of("title", "")));
      refused(body, 400, "agenda[0].title");

      body = meeting("Missing attendee");
      body.put("attendees", Arrays.asList(Register.person("CARER", "Kim Listed"), null));
      refused(body, 400, "attendees[1]");
    }

    @Test
    void anOnlineLinkThatIsNotHttpsIsNamed() {
      Map<String, Object> body = meeting("Plain link");
      body.put("onlineLink", "http://meet.example.org/x");

      refused(body, 400, "onlineLink");
    }

    @Test
    void volunteersAndQiLeadsCannotArrangeMeetings() {
      UUID me = Register.person("SERVICE_USER", "Val Arranges");
      for (String token : List.of(Tokens.volunteer("val", me), Tokens.of("quinn", "qi-lead"))) {
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .body(meeting("Not theirs to arrange"))
            .post("/api/v1/meetings")
            .then()
            .statusCode(403);
      }
    }

    private void refused(Map<String, Object> body, int status, String field) {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/meetings")
          .then()
          .statusCode(status)
          .contentType("application/problem+json")
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo(field));
    }
  }

  @Nested
  class Minutes {
    @Test
    void draftMinutesAndActionsAreHiddenFromAttendeesUntilPublished() {
      UUID sam = Register.person("SERVICE_USER", "Sam Reads Minutes");
      String id = arrange(meeting("Forum, April", sam));
      String etag = draft(id, "The forum asked for clearer signs.");
      addAction(id, Map.of("description", "Ask estates for signs", "ownerPersonId", sam));
      String token = Tokens.volunteer("sam", sam);

      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/meetings/{id}", id)
          .then()
          .statusCode(200)
          .body("title", equalTo("Forum, April"))
          .body("agenda", hasSize(2))
          .body("minutesStatus", equalTo("DRAFT"))
          .body("minutes", nullValue())
          .body("actions", hasSize(0))
          .body("attendees", nullValue());

      publish(id, etag);

      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/meetings/{id}", id)
          .then()
          .statusCode(200)
          .body("minutesStatus", equalTo("PUBLISHED"))
          .body("minutes", equalTo("The forum asked for clearer signs."))
          .body("actions.description", equalTo(List.of("Ask estates for signs")))
          .body("actions[0].ownerPersonId", equalTo(sam.toString()))
          .body("attendees", nullValue());
    }

    @Test
    void coordinatorsSeeTheDraftAndCanReplaceIt() {
      String id = arrange(meeting("Forum, redrafted"));
      draft(id, "First go.");
      draft(id, "Second go.");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/meetings/{id}", id)
          .then()
          .header("ETag", "\"2\"")
          .body("minutesStatus", equalTo("DRAFT"))
          .body("minutes", equalTo("Second go."));
    }

    @Test
    void publishingAddsOneNewsletterItemMadeFromTheMinutes() {
      String id = arrange(meeting("Forum, May"));
      publish(id, draft(id, "We agreed to meet monthly."));

      List<Map<String, Object>> items =
          given()
              .auth()
              .oauth2(COORDINATOR)
              .queryParam("limit", 100)
              .get("/api/v1/newsletter/items")
              .then()
              .statusCode(200)
              .extract()
              .path("items.findAll { it.meetingId == '%s' }".formatted(id));
      assertThat(items).hasSize(1);
      assertThat(items.get(0))
          .containsEntry("title", "Minutes: Forum, May")
          .containsEntry("body", "We agreed to meet monthly.");
    }

    @Test
    void publishedMinutesAreFinal() {
      String id = arrange(meeting("Forum, final"));
      String etag = draft(id, "Final words.");
      publish(id, etag);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/meetings/{id}/minutes/publication", id)
          .then()
          .statusCode(409)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Map.of("text", "Rewritten."))
          .put("/api/v1/meetings/{id}/minutes", id)
          .then()
          .statusCode(409);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/meetings/{id}", id)
          .then()
          .body("minutes", equalTo("Final words."));
    }

    @Test
    void publishingAStaleVersionIsRefusedAndPublishesNothing() {
      String id = arrange(meeting("Forum, stale"));
      String first = draft(id, "First draft.");
      draft(id, "Second draft.");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", first)
          .post("/api/v1/meetings/{id}/minutes/publication", id)
          .then()
          .statusCode(412)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/meetings/{id}", id)
          .then()
          .body("minutesStatus", equalTo("DRAFT"));
    }

    @Test
    void minutesCannotBePublishedBeforeTheyAreWritten() {
      String id = arrange(meeting("Forum, no minutes"));

      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/meetings/{id}/minutes/publication", id)
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("minutes"));
    }

    @Test
    void blankMinutesAreNamed() {
      String id = arrange(meeting("Forum, blank minutes"));

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Map.of("text", "  "))
          .put("/api/v1/meetings/{id}/minutes", id)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("text"));
    }

    @Test
    void anAttendeeCannotDraftOrPublishMinutes() {
      UUID sam = Register.person("SERVICE_USER", "Sam Not Minuting");
      String id = arrange(meeting("Forum, attendee", sam));
      String token = Tokens.volunteer("sam", sam);

      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(Map.of("text", "My version."))
          .put("/api/v1/meetings/{id}/minutes", id)
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(token)
          .post("/api/v1/meetings/{id}/minutes/publication", id)
          .then()
          .statusCode(403);
    }
  }

  @Nested
  class Visibility {
    @Test
    void aVolunteerWhoDidNotAttendCannotSeeTheMeeting() {
      UUID sam = Register.person("SERVICE_USER", "Sam Attended");
      UUID alex = Register.person("SERVICE_USER", "Alex Did Not");
      String id = arrange(meeting("Forum, private", sam));
      publish(id, draft(id, "Published, but not for Alex."));

      given()
          .auth()
          .oauth2(Tokens.volunteer("alex", alex))
          .get("/api/v1/meetings/{id}", id)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(Tokens.volunteer("alex", alex))
          .get("/api/v1/meetings/{id}", UUID.randomUUID())
          .then()
          .statusCode(404);
    }

    @Test
    void aVolunteerListsOnlyTheMeetingsTheyAttendedNewestFirst() {
      UUID sam = Register.person("SERVICE_USER", "Sam Lists");
      UUID alex = Register.person("SERVICE_USER", "Alex Elsewhere");
      arrange(meeting("Sam's first", sam));
      arrange(meeting("Alex's only", alex));
      arrange(meeting("Sam's second", sam, alex));

      assertThat(listedTitles(Tokens.volunteer("sam", sam)))
          .containsExactly("Sam's second", "Sam's first");
      assertThat(listedTitles(Tokens.volunteer("alex", alex)))
          .containsExactly("Sam's second", "Alex's only");
      assertThat(listedTitles(COORDINATOR))
          .containsSubsequence("Sam's second", "Alex's only", "Sam's first");
    }

    @Test
    void theListIsPagedWithACursor() {
      UUID sam = Register.person("SERVICE_USER", "Sam Pages");
      arrange(meeting("Page one", sam));
      arrange(meeting("Page two", sam));
      String token = Tokens.volunteer("sam", sam);

      String cursor =
          given()
              .auth()
              .oauth2(token)
              .queryParam("limit", 1)
              .get("/api/v1/meetings")
              .then()
              .statusCode(200)
              .body("items.title", equalTo(List.of("Page two")))
              .extract()
              .path("nextCursor");
      given()
          .auth()
          .oauth2(token)
          .queryParam("limit", 1)
          .queryParam("cursor", cursor)
          .get("/api/v1/meetings")
          .then()
          .body("items.title", equalTo(List.of("Page one")))
          .body("nextCursor", nullValue());
    }

    @Test
    void recordingWhoAttendedAfterTheMeetingDecidesWhoReadsTheMinutes() {
      UUID sam = Register.person("SERVICE_USER", "Sam Sent Apologies");
      UUID alex = Register.person("SERVICE_USER", "Alex Came Instead");
      String id = arrange(meeting("Forum, corrected", sam));
      String etag = draft(id, "Alex raised the car park.");
      publish(id, etag);
      String published =
          given().auth().oauth2(COORDINATOR).get("/api/v1/meetings/{id}", id).header("ETag");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", published)
          .contentType(ContentType.JSON)
          .body(Map.of("attendees", List.of(alex)))
          .put("/api/v1/meetings/{id}/attendees", id)
          .then()
          .statusCode(200)
          .body("attendees", equalTo(List.of(alex.toString())));

      given()
          .auth()
          .oauth2(Tokens.volunteer("alex", alex))
          .get("/api/v1/meetings/{id}", id)
          .then()
          .statusCode(200)
          .body("minutes", equalTo("Alex raised the car park."));
      given()
          .auth()
          .oauth2(Tokens.volunteer("sam", sam))
          .get("/api/v1/meetings/{id}", id)
          .then()
          .statusCode(404);
    }

    @Test
    void recordingAttendeesOnAStaleVersionOrFromOutsideTheRegisterChangesNothing() {
      UUID sam = Register.person("SERVICE_USER", "Sam Stays");
      String id = arrange(meeting("Forum, attendance refused", sam));
      draft(id, "Moves the version on.");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body(Map.of("attendees", List.of()))
          .put("/api/v1/meetings/{id}/attendees", id)
          .then()
          .statusCode(412);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Map.of("attendees", List.of(UUID.randomUUID())))
          .put("/api/v1/meetings/{id}/attendees", id)
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("attendees[0]"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/meetings/{id}", id)
          .then()
          .body("attendees", equalTo(List.of(sam.toString())));
    }

    @Test
    void financeCannotSeeMeetings() {
      given()
          .auth()
          .oauth2(Tokens.of("fin", "finance"))
          .get("/api/v1/meetings")
          .then()
          .statusCode(403);
    }
  }

  @Nested
  class Actions {
    @Test
    void anActionOwnedByStaffIsMarkedDoneWithIfMatch() {
      String id = arrange(meeting("Forum, actions"));
      String staff = Tokens.subjectOf(COORDINATOR_NAME);
      String action =
          addAction(
              id,
              Map.of(
                  "description",
                  "Write to the ward",
                  "ownerAccountId",
                  staff,
                  "dueOn",
                  "2026-04-30"));

      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body(Map.of("status", "DONE"))
          .put("/api/v1/meetings/{id}/actions/{actionId}/status", id, action)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("status", equalTo("DONE"));
      given()
          .auth()
          .oauth2(COORDINATOR)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body(Map.of("status", "OPEN"))
          .put("/api/v1/meetings/{id}/actions/{actionId}/status", id, action)
          .then()
          .statusCode(412);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/meetings/{id}", id)
          .then()
          .body("actions[0].status", equalTo("DONE"))
          .body("actions[0].ownerAccountId", equalTo(staff))
          .body("actions[0].dueOn", equalTo("2026-04-30"));
    }

    @Test
    void anAttendeeReadsAnActionOnlyOnceTheMinutesArePublished() {
      UUID sam = Register.person("SERVICE_USER", "Sam Action");
      String id = arrange(meeting("Forum, one action", sam));
      String location =
          given()
              .auth()
              .oauth2(COORDINATOR)
              .contentType(ContentType.JSON)
              .body(Map.of("description", "Sam asks the forum", "ownerPersonId", sam))
              .post("/api/v1/meetings/{id}/actions", id)
              .then()
              .statusCode(201)
              .extract()
              .header("Location");
      String token = Tokens.volunteer("sam", sam);

      given().auth().oauth2(COORDINATOR).get(location).then().statusCode(200);
      given().auth().oauth2(token).get(location).then().statusCode(404);
      publish(id, draft(id, "Sam will ask the forum."));
      given()
          .auth()
          .oauth2(token)
          .get(location)
          .then()
          .statusCode(200)
          .header("ETag", "\"0\"")
          .body("description", equalTo("Sam asks the forum"));
    }

    @Test
    void anActionNeedsExactlyOneOwner() {
      String id = arrange(meeting("Forum, owners"));
      UUID sam = Register.person("SERVICE_USER", "Sam Owns");

      refusedAction(id, Map.of("description", "Nobody's"), 400, "ownerAccountId");
      refusedAction(
          id,
          Map.of("description", "Everybody's", "ownerAccountId", "someone", "ownerPersonId", sam),
          400,
          "ownerAccountId");
      refusedAction(
          id,
          Map.of("description", "A stranger's", "ownerPersonId", UUID.randomUUID()),
          422,
          "ownerPersonId");
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/meetings/{id}", id)
          .then()
          .body("actions", hasSize(0));
    }

    @Test
    void anActionOfAnotherMeetingIsNotFound() {
      String first = arrange(meeting("Forum, one"));
      String second = arrange(meeting("Forum, two"));
      String action = addAction(first, Map.of("description", "One's", "ownerAccountId", "x"));

      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Map.of("status", "DONE"))
          .put("/api/v1/meetings/{id}/actions/{actionId}/status", second, action)
          .then()
          .statusCode(404);
    }

    @Test
    void anActionForAMeetingThatDoesNotExistIsNotFound() {
      refusedAction(
          UUID.randomUUID().toString(),
          Map.of("description", "Lost", "ownerAccountId", "x"),
          404,
          null);
    }

    private void refusedAction(
        String meetingId, Map<String, Object> body, int status, String field) {
      var response =
          given()
              .auth()
              .oauth2(COORDINATOR)
              .contentType(ContentType.JSON)
              .body(body)
              .post("/api/v1/meetings/{id}/actions", meetingId)
              .then()
              .statusCode(status)
              .contentType("application/problem+json");
      if (field != null) {
        response.body("errors[0].field", equalTo(field));
      }
    }
  }
}
