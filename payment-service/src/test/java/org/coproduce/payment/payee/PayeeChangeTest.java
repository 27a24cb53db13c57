package org.coproduce.payment.payee;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.payment.Fixtures.COORDINATOR;
import static org.coproduce.payment.Fixtures.FINANCE;
import static org.coproduce.payment.Fixtures.awaitClaimOf;
import static org.coproduce.payment.Fixtures.participation;
import static org.coproduce.payment.Fixtures.publish;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Nobody diverts a payment alone: history, notice, a second person, and who may not approve. */
@QuarkusTest
class PayeeChangeTest {
  static final String FRED = Tokens.of("fred.finance", "finance");

  static Map<String, Object> bacs(String accountNumber) {
    Map<String, Object> details = new HashMap<>();
    details.put("route", "BACS");
    details.put("bankAccountName", "Sam Okafor");
    details.put("sortCode", "20-45-56");
    details.put("accountNumber", accountNumber);
    details.put("receivesBenefits", false);
    return details;
  }

  static Response put(String token, UUID personId, Map<String, Object> details) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(details)
        .put("/api/v1/payees/{id}", personId);
  }

  static Response pending(String token, UUID personId, String what) {
    return given()
        .auth()
        .oauth2(token)
        .post("/api/v1/payees/{id}/pending-change/" + what, personId);
  }

  static Response get(String token, UUID personId) {
    return given().auth().oauth2(token).get("/api/v1/payees/{id}", personId);
  }

  @Test
  void bankDetailsStaffEnterWaitForASecondPersonAndWhoeverEnteredThemCannotConfirmThem() {
    UUID person = UUID.randomUUID();
    String payee = Tokens.volunteer("sam.okafor", person);
    put(payee, person, bacs("31926819")).then().statusCode(201);

    put(COORDINATOR, person, bacs("87654342"))
        .then()
        .statusCode(200)
        .body("accountNumber", equalTo("******19"))
        .body("pendingChange.accountNumber", equalTo("******42"))
        .body("pendingChange.changedBy", equalTo(Tokens.subjectOf("cora.coordinator")))
        .body("pendingChange.confirmableByYou", equalTo(false));
    pending(COORDINATOR, person, "confirmation")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("Segregation of duties"));
    get(FINANCE, person).then().body("pendingChange.confirmableByYou", equalTo(true));

    pending(FINANCE, person, "confirmation")
        .then()
        .statusCode(200)
        .body("accountNumber", equalTo("******42"))
        .body("pendingChange", nullValue());
    pending(FINANCE, person, "confirmation").then().statusCode(409);
  }

  @Test
  void thePersonConfirmsOrDiscardsWhatStaffEnteredForThem() {
    UUID person = UUID.randomUUID();
    String payee = Tokens.volunteer("nia.new", person);
    put(COORDINATOR, person, bacs("11112222"))
        .then()
        .statusCode(201)
        .body("route", equalTo("BACS"))
        .body("accountNumber", nullValue())
        .body("pendingChange.accountNumber", equalTo("******22"));

    pending(payee, person, "discarding")
        .then()
        .statusCode(200)
        .body("pendingChange", nullValue())
        .body("accountNumber", nullValue());
    put(COORDINATOR, person, bacs("33334444")).then().statusCode(200);
    pending(payee, person, "confirmation")
        .then()
        .statusCode(200)
        .body("accountNumber", equalTo("******44"));
    pending(Tokens.volunteer("nosy.parker", UUID.randomUUID()), person, "confirmation")
        .then()
        .statusCode(404);
  }

  @Test
  void aChangeThePersonMakesTakesEffectAtOnceAndReplacesOneAwaitingConfirmation() {
    UUID person = UUID.randomUUID();
    String payee = Tokens.volunteer("ola.own", person);
    put(COORDINATOR, person, bacs("55556666")).then().statusCode(201);

    put(payee, person, bacs("77778888"))
        .then()
        .statusCode(200)
        .body("accountNumber", equalTo("******88"))
        .body("pendingChange", nullValue());

    given()
        .auth()
        .oauth2(payee)
        .get("/api/v1/payees/{id}/changes", person)
        .then()
        .statusCode(200)
        .body("items.accountNumber", contains("******88", "******66"))
        .body("items.byPayee", contains(true, false))
        .body("items.neededConfirmation", contains(false, true))
        .body("items[1].outcome", equalTo("SUPERSEDED"));
  }

  @Test
  void everyChangeIsKeptMaskedInTheHistoryNewestFirst() {
    UUID person = UUID.randomUUID();
    put(COORDINATOR, person, bacs("12345678")).then().statusCode(201);
    pending(FINANCE, person, "confirmation").then().statusCode(200);
    put(FINANCE, person, Map.of("route", "VOUCHER", "receivesBenefits", true))
        .then()
        .statusCode(200);

    String history =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .get("/api/v1/payees/{id}/changes", person)
            .then()
            .statusCode(200)
            .body("items.route", contains("VOUCHER", "BACS"))
            .body(
                "items.changedBy",
                contains(Tokens.subjectOf("fiona.finance"), Tokens.subjectOf("cora.coordinator")))
            .body("items.bankDetailsChanged", contains(false, true))
            .body("items.receivesBenefits", contains(true, false))
            .body("items[1].outcome", equalTo("CONFIRMED"))
            .body("items[1].decidedBy", equalTo(Tokens.subjectOf("fiona.finance")))
            .body("items[1].sortCode", equalTo("**-**-56"))
            .extract()
            .asString();
    assertThat(history).doesNotContain("12345678", "204556", "Okafor");
    given()
        .auth()
        .oauth2(Tokens.volunteer("nosy.parker", UUID.randomUUID()))
        .get("/api/v1/payees/{id}/changes", person)
        .then()
        .statusCode(404);
  }

  @Test
  void everyChangeIsAnnouncedSoThePersonIsToldWithIdsOnly() {
    UUID person = UUID.randomUUID();
    put(COORDINATOR, person, bacs("24681357")).then().statusCode(201);
    put(
            Tokens.volunteer("ann.ounce", person),
            person,
            Map.of("route", "VOUCHER", "receivesBenefits", false))
        .then()
        .statusCode(200);

    await().atMost(Duration.ofSeconds(30)).until(() -> announcementsAbout(person).size() == 2);
    List<EventEnvelope> told = announcementsAbout(person);
    assertThat(told.get(0).payload().get("awaitingConfirmation").asBoolean()).isTrue();
    assertThat(told.get(0).payload().get("byPayee").asBoolean()).isFalse();
    assertThat(told.get(0).payload().get("changedBy").asText())
        .isEqualTo(Tokens.subjectOf("cora.coordinator"));
    assertThat(told.get(1).payload().get("byPayee").asBoolean()).isTrue();
    assertThat(told.toString()).doesNotContain("24681357", "Okafor");
  }

  @Test
  void whoeverChangedThePaymentDetailsLastMayNotApproveThePersonsClaims() {
    UUID person = UUID.randomUUID();
    put(FRED, person, Map.of("route", "PAYROLL", "receivesBenefits", false)).then().statusCode(201);
    publish(participation(person, "2.0"));
    UUID claimId = UUID.fromString(awaitClaimOf(person).getString("id"));

    approve(FRED, claimId)
        .then()
        .statusCode(403)
        .body("detail", containsString("latest change to this person's payment details"));
    approve(FINANCE, claimId).then().statusCode(200);
  }

  @Test
  void onceSomeoneElseChangesTheDetailsTheEarlierChangerMayApproveAgain() {
    UUID person = UUID.randomUUID();
    put(FRED, person, Map.of("route", "PAYROLL", "receivesBenefits", false)).then().statusCode(201);
    put(
            Tokens.volunteer("tess.two", person),
            person,
            Map.of("route", "VOUCHER", "receivesBenefits", false))
        .then()
        .statusCode(200);
    publish(participation(person, "2.0"));
    UUID claimId = UUID.fromString(awaitClaimOf(person).getString("id"));

    approve(FRED, claimId).then().statusCode(200);
  }

  static Response approve(String token, UUID claimId) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/v1/claims/{id}/approval", claimId);
  }

  static List<EventEnvelope> announcementsAbout(UUID person) {
    return KafkaProbe.events(SharedKafkaResource.bootstrapServers(), Topics.PAYMENT_EVENTS).stream()
        .filter(e -> e.type().equals("PayeeDetailsChanged"))
        .filter(e -> e.aggregateId().equals(person.toString()))
        .toList();
  }
}
