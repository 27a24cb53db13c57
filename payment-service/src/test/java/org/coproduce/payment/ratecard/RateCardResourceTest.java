package org.coproduce.payment.ratecard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.payment.Fixtures.ADMIN;
import static org.coproduce.payment.Fixtures.FINANCE;
import static org.coproduce.payment.Fixtures.awaitClaimOf;
import static org.coproduce.payment.Fixtures.participation;
import static org.coproduce.payment.Fixtures.publish;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateCardResourceTest {

  /** A day after every version so far, and after today, so no other test's claims move. */
  static LocalDate nextEffectiveDay() {
    List<String> days =
        given()
            .auth()
            .oauth2(ADMIN)
            .queryParam("limit", 100)
            .get("/api/v1/rate-cards")
            .then()
            .statusCode(200)
            .extract()
            .path("items.effectiveFrom");
    LocalDate latest = days.stream().map(LocalDate::parse).max(LocalDate::compareTo).orElseThrow();
    LocalDate farAhead = LocalDate.of(2030, 1, 1);
    return (latest.isAfter(farAhead) ? latest : farAhead).plusDays(1);
  }

  static Map<String, Object> card(String version, LocalDate from) {
    return Map.of(
        "version",
        version,
        "effectiveFrom",
        from.toString(),
        "mileagePencePerMile",
        50,
        "fees",
        List.of(
            Map.of(
                "activityType",
                "ANY",
                "kind",
                "BANDED",
                "bands",
                List.of(
                    Map.of("hoursFrom", 0, "amountPence", 1500),
                    Map.of("hoursFrom", 2, "amountPence", 2500))),
            Map.of(
                "activityType",
                "TRAINING",
                "kind",
                "HALF_DAY_DAY",
                "halfDayPence",
                4000,
                "dayPence",
                7500,
                "dayFromHours",
                4),
            Map.of(
                "activityType",
                "INTERVIEW_PANEL",
                "kind",
                "HOURLY",
                "hourlyPence",
                1250,
                "capPence",
                7500)),
        "expenses",
        List.of(Map.of("category", "PARKING", "capPence", 2500)));
  }

  static String uniqueVersion() {
    return "v-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static JsonPath create(Map<String, Object> card) {
    return given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(card)
        .post("/api/v1/rate-cards")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  @Test
  void anAdminAddsTheNextVersionAndEveryoneReadsIt() {
    String version = uniqueVersion();
    LocalDate from = nextEffectiveDay();
    create(card(version, from));

    given()
        .auth()
        .oauth2(Tokens.volunteer("vic.volunteer", UUID.randomUUID()))
        .get("/api/v1/rate-cards/{version}", version)
        .then()
        .statusCode(200)
        .body("effectiveFrom", equalTo(from.toString()))
        .body("mileagePencePerMile", equalTo(50))
        .body("fees.find { it.activityType == 'INTERVIEW_PANEL' }.capPence", equalTo(7500))
        .body("fees.find { it.activityType == 'ANY' }.bands[1].amountPence", equalTo(2500))
        .body("expenses[0].category", equalTo("PARKING"));
    given()
        .auth()
        .oauth2(FINANCE)
        .get("/api/v1/rate-cards")
        .then()
        .statusCode(200)
        .body("items.version", hasItem(version));
  }

  @Test
  void theVersionInForceIsTheLatestThatStartedOnOrBeforeTheDay() {
    String version = uniqueVersion();
    LocalDate from = nextEffectiveDay();
    create(card(version, from));

    given()
        .auth()
        .oauth2(FINANCE)
        .queryParam("date", from.toString())
        .get("/api/v1/rate-cards/in-force")
        .then()
        .statusCode(200)
        .body("version", equalTo(version));
    given()
        .auth()
        .oauth2(FINANCE)
        .queryParam("date", "2026-10-14")
        .get("/api/v1/rate-cards/in-force")
        .then()
        .body("version", equalTo("2026-04"));
    given()
        .auth()
        .oauth2(FINANCE)
        .queryParam("date", "2020-01-01")
        .get("/api/v1/rate-cards/in-force")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }

  @Test
  void aNewVersionNeverChangesPastClaimsAndPaysActivitiesFromItsDay() {
    UUID before = UUID.randomUUID();
    publish(participation(before, "2.5"));
    awaitClaimOf(before);
    String version = uniqueVersion();
    LocalDate from = nextEffectiveDay();
    create(card(version, from));
    UUID after = UUID.randomUUID();
    ParticipationRecorded underNewCard = participation(after, "2.5", from.plusDays(3));
    publish(underNewCard);

    JsonPath newClaim = awaitClaimOf(after);
    JsonPath oldClaim = awaitClaimOf(before);
    assertThat(newClaim.getInt("amountPence")).isEqualTo(2500);
    assertThat(newClaim.getString("rateCardVersion")).isEqualTo(version);
    assertThat(oldClaim.getInt("amountPence")).isEqualTo(2000);
    assertThat(oldClaim.getString("rateCardVersion")).isEqualTo("2026-04");
  }

  @Test
  void theSeededCardKeepsWorkingInItsNewShape() {
    given()
        .auth()
        .oauth2(ADMIN)
        .get("/api/v1/rate-cards/2026-04")
        .then()
        .statusCode(200)
        .body("effectiveFrom", equalTo("2026-04-01"))
        .body("mileagePencePerMile", equalTo(45))
        .body("fees[0].activityType", equalTo("ANY"))
        .body("fees[0].bands[0].amountPence", equalTo(1000))
        .body("expenses.find { it.category == 'MILEAGE' }.capPence", equalTo(20000));
  }

  @Test
  void aVersionThatWouldNotFollowTheLatestIsRefusedNamingEffectiveFrom() {
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(card(uniqueVersion(), LocalDate.of(2026, 4, 1)))
        .post("/api/v1/rate-cards")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("effectiveFrom"));
  }

  @Test
  void aVersionNameIsUsedOnce() {
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(card("2026-04", nextEffectiveDay()))
        .post("/api/v1/rate-cards")
        .then()
        .statusCode(409)
        .body("errors[0].field", equalTo("version"));
  }

  @Test
  void badRulesAreNamedAndNothingIsCreated() {
    String version = uniqueVersion();
    Map<String, Object> hourlyWithoutCap = new HashMap<>(card(version, nextEffectiveDay()));
    hourlyWithoutCap.put(
        "fees", List.of(Map.of("activityType", "SURVEY", "kind", "HOURLY", "hourlyPence", 900)));
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(hourlyWithoutCap)
        .post("/api/v1/rate-cards")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("fees[0].capPence"));
    Map<String, Object> unknownType = new HashMap<>(card(version, nextEffectiveDay()));
    unknownType.put(
        "fees",
        List.of(
            Map.of(
                "activityType",
                "KARAOKE",
                "kind",
                "BANDED",
                "bands",
                List.of(Map.of("hoursFrom", 0, "amountPence", 1)))));
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(unknownType)
        .post("/api/v1/rate-cards")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("fees[0].activityType"));
    Map<String, Object> negativeMileage = new HashMap<>(card(version, nextEffectiveDay()));
    negativeMileage.put("mileagePencePerMile", -5);
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(negativeMileage)
        .post("/api/v1/rate-cards")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("mileagePencePerMile"));

    given().auth().oauth2(ADMIN).get("/api/v1/rate-cards/{v}", version).then().statusCode(404);
  }

  @Test
  void onlyAnAdminSetsRates() {
    given()
        .auth()
        .oauth2(FINANCE)
        .contentType(ContentType.JSON)
        .body(card(uniqueVersion(), nextEffectiveDay()))
        .post("/api/v1/rate-cards")
        .then()
        .statusCode(403);
  }
}
