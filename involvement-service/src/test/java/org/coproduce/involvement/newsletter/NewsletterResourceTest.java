package org.coproduce.involvement.newsletter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NewsletterResourceTest {
  static final String ADMIN = Tokens.of("ada.admin", "admin");
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  static String write(String title, String body) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Map.of("title", title, "body", body))
        .post("/api/v1/newsletter/items")
        .then()
        .statusCode(201)
        .header("Location", notNullValue())
        .header("ETag", "\"0\"")
        .extract()
        .path("id");
  }

  static String consent(UUID personId, String purpose) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Map.of("purpose", purpose, "wordingVersion", "2026-01", "channel", "PAPER"))
        .post("/api/v1/people/{personId}/consents", personId)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static JsonPath digest(LocalDate from, LocalDate to) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("from", from.toString())
        .queryParam("to", to.toString())
        .get("/api/v1/newsletter/digest")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static List<String> recipientIds(JsonPath digest) {
    return digest.getList("recipients.personId");
  }

  @Nested
  class Items {
    @Test
    void aCoordinatorWritesAnItemThatIsInTodaysDigest() {
      String id = write("New signs", "You told us the lounge was hard to find.");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/newsletter/items/{id}", id)
          .then()
          .statusCode(200)
          .body("title", equalTo("New signs"))
          .body("body", equalTo("You told us the lounge was hard to find."))
          .body("meetingId", equalTo(null));
      JsonPath today = digest(TODAY, TODAY);
      assertThat(today.getList("items.id", String.class)).contains(id);
      assertThat(today.getString("from")).isEqualTo(TODAY.toString());
      assertThat(today.getString("builtAt")).isNotNull();
    }

    @Test
    void theDigestHoldsOnlyItemsAddedInItsPeriod() {
      String id = write("Today only", "Added today.");

      assertThat(digest(TODAY.minusDays(30), TODAY.minusDays(1)).getList("items.id", String.class))
          .doesNotContain(id);
      assertThat(digest(TODAY.plusDays(1), TODAY.plusDays(7)).getList("items.id", String.class))
          .doesNotContain(id);
      assertThat(digest(TODAY.minusDays(7), TODAY.plusDays(7)).getList("items.id", String.class))
          .contains(id);
    }

    @Test
    void aBlankTitleIsNamedAndNothingIsWritten() {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Map.of("title", " ", "body", "Never written"))
          .post("/api/v1/newsletter/items")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("title"));
      assertThat(digest(TODAY, TODAY).getList("items.body", String.class))
          .doesNotContain("Never written");
    }

    @Test
    void volunteersCannotWriteOrListItems() {
      String token = Tokens.volunteer("val", Register.person("SERVICE_USER", "Val Writes"));

      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(Map.of("title", "Mine", "body", "Mine"))
          .post("/api/v1/newsletter/items")
          .then()
          .statusCode(403);
      given().auth().oauth2(token).get("/api/v1/newsletter/items").then().statusCode(403);
    }
  }

  @Nested
  class Recipients {
    @Test
    void onlyPeopleWithNewsletterConsentInForceAreRecipientsWithTheirNames() {
      UUID agreed = Register.person("CARER", "Nell Newsletter");
      UUID researchOnly = Register.person("CARER", "Rory Research");
      UUID nothing = Register.person("SERVICE_USER", "Nadia Nothing");
      consent(agreed, "NEWSLETTER");
      consent(researchOnly, "RESEARCH");

      JsonPath digest = digest(TODAY, TODAY);

      assertThat(recipientIds(digest))
          .contains(agreed.toString())
          .doesNotContain(researchOnly.toString(), nothing.toString());
      assertThat(
              digest.getString(
                  "recipients.find { it.personId == '%s' }.displayName".formatted(agreed)))
          .isEqualTo("Nell Newsletter");
      assertThat(digest.getMap("recipients[0]")).containsOnlyKeys("personId", "displayName");
    }

    @Test
    void withdrawingNewsletterConsentTakesThePersonOffTheNextDigestAtOnce() {
      UUID person = Register.person("SERVICE_USER", "Wren Withdraws");
      String consentId = consent(person, "NEWSLETTER");
      assertThat(recipientIds(digest(TODAY, TODAY))).contains(person.toString());

      given()
          .auth()
          .oauth2(Tokens.volunteer("wren", person))
          .post("/api/v1/people/{personId}/consents/{id}/withdrawal", person, consentId)
          .then()
          .statusCode(200);

      assertThat(recipientIds(digest(TODAY, TODAY))).doesNotContain(person.toString());
    }

    @Test
    void aCoordinatorSeeingTheRecipientsIsAudited() {
      UUID person = Register.person("CARER", "Audited Recipient");
      consent(person, "NEWSLETTER");
      digest(TODAY, TODAY);

      given()
          .auth()
          .oauth2(ADMIN)
          .queryParam("personId", person)
          .get("/api/v1/audit")
          .then()
          .statusCode(200)
          .body("items.recordType", hasItem("NEWSLETTER_RECIPIENT"));
    }

    @Test
    void onlyCoordinatorsBuildTheDigest() {
      String volunteer = Tokens.volunteer("val", Register.person("SERVICE_USER", "Val Digest"));
      for (String token : List.of(ADMIN, volunteer, Tokens.of("exec", "executive"))) {
        given()
            .auth()
            .oauth2(token)
            .queryParam("from", TODAY.toString())
            .queryParam("to", TODAY.toString())
            .get("/api/v1/newsletter/digest")
            .then()
            .statusCode(403)
            .contentType("application/problem+json");
      }
    }
  }

  @Nested
  class Period {
    @Test
    void aPeriodEndingBeforeItStartsIsRefusedNamingTo() {
      refused(Map.of("from", "2026-03-31", "to", "2026-03-01"), "to");
    }

    @Test
    void aPeriodLongerThanAYearIsRefusedNamingTo() {
      refused(Map.of("from", "2024-01-01", "to", "2026-01-01"), "to");
    }

    @Test
    void aMissingOrMalformedDayIsNamed() {
      refused(Map.of("to", "2026-03-31"), "from");
      refused(Map.of("from", "01/03/2026", "to", "2026-03-31"), "from");
      refused(Map.of("from", "2026-03-01"), "to");
    }

    private void refused(Map<String, String> query, String field) {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParams(query)
          .get("/api/v1/newsletter/digest")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(field));
    }
  }
}
