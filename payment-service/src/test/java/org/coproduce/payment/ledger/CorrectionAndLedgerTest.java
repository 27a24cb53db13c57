package org.coproduce.payment.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.coproduce.payment.Fixtures.CATCH_UP;
import static org.coproduce.payment.Fixtures.FINANCE;
import static org.coproduce.payment.Fixtures.awaitClaimOf;
import static org.coproduce.payment.Fixtures.claim;
import static org.coproduce.payment.Fixtures.claimsOf;
import static org.coproduce.payment.Fixtures.correction;
import static org.coproduce.payment.Fixtures.envelopeOf;
import static org.coproduce.payment.Fixtures.ledgerSumOf;
import static org.coproduce.payment.Fixtures.participation;
import static org.coproduce.payment.Fixtures.publish;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.coproduce.events.ParticipationCorrected;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.testing.Tokens;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorrectionAndLedgerTest {
  static final String CORRECTOR = Tokens.subjectOf("lena.lead");

  @Inject EntityManager entityManager;

  static void awaitHours(UUID personId, String hours) {
    await()
        .atMost(CATCH_UP)
        .until(
            () ->
                claimsOf(personId).size() == 1
                    && new BigDecimal(claimsOf(personId).get(0).get("hours").toString())
                            .compareTo(new BigDecimal(hours))
                        == 0);
  }

  static void approve(UUID claimId) {
    given()
        .auth()
        .oauth2(FINANCE)
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/v1/claims/{id}/approval", claimId)
        .then()
        .statusCode(200);
  }

  @Nested
  class Corrections {
    @Test
    void aCorrectionReversesTheFeeAndAddsALineAtTheNewHoursNeverAnEdit() {
      UUID person = UUID.randomUUID();
      ParticipationRecorded recorded = participation(person, "2.5");
      publish(recorded);
      String originalLine = awaitClaimOf(person).getString("lines[0].id");

      publish(correction(recorded, "2.5", "1.5", CORRECTOR));
      awaitHours(person, "1.5");

      JsonPath claim = claim(UUID.fromString((String) claimsOf(person).get(0).get("id")));
      assertThat(claim.getInt("amountPence")).isEqualTo(1000);
      assertThat(claim.getList("lines.kind")).containsExactly("FEE", "REVERSAL", "FEE");
      assertThat(claim.getList("lines.amountPence")).containsExactly(2000, -2000, 1000);
      assertThat(claim.getString("lines[0].id")).isEqualTo(originalLine);
      assertThat(claim.getString("lines[1].reversesLineId")).isEqualTo(originalLine);
      assertThat(ledgerSumOf(UUID.fromString(claim.getString("id")))).isEqualTo(1000);
    }

    @Test
    void aRedeliveredOrRepeatedCorrectionChangesNothing() {
      UUID person = UUID.randomUUID();
      ParticipationRecorded recorded = participation(person, "1");
      publish(recorded);
      awaitClaimOf(person);
      ParticipationCorrected corrected = correction(recorded, "1", "3", CORRECTOR);
      String message = envelopeOf(corrected);
      publish(corrected.aggregateId(), message);
      publish(corrected.aggregateId(), message);
      // The same correction again under a new event id is still one correction.
      publish(corrected);
      // A later event on the same partition: once it is handled, the copies before it were too.
      UUID marker = UUID.randomUUID();
      publish(recorded.aggregateId(), envelopeOf(participation(marker, "1")));
      awaitClaimOf(marker);

      JsonPath claim = awaitClaimOf(person);
      assertThat(claim.getList("lines")).hasSize(3);
      assertThat(claim.getInt("amountPence")).isEqualTo(2000);
    }

    @Test
    void correctingAnApprovedClaimAddsLinesThatNeedApprovalAgain() {
      UUID person = UUID.randomUUID();
      ParticipationRecorded recorded = participation(person, "1");
      publish(recorded);
      UUID claimId = UUID.fromString(awaitClaimOf(person).getString("id"));
      approve(claimId);

      publish(correction(recorded, "1", "2", CORRECTOR));
      awaitHours(person, "2");

      JsonPath claim = claim(claimId);
      assertThat(claim.getString("status")).isEqualTo("PENDING");
      assertThat(claim.getList("lines.status")).containsExactly("APPROVED", "PENDING", "PENDING");
      assertThat(claim.getInt("amountPence")).isEqualTo(2000);
      given()
          .auth()
          .oauth2(Tokens.of("lena.lead", "finance"))
          .contentType(ContentType.JSON)
          .body(Map.of())
          .post("/api/v1/claims/{id}/approval", claimId)
          .then()
          .statusCode(403);
      approve(claimId);
      assertThat(claim(claimId).getList("decisions.amountPence")).containsExactly(1000, 1000);
    }

    @Test
    void aCorrectionOfARejectedFeeReversesNothingAndAwaitsADecision() {
      UUID person = UUID.randomUUID();
      ParticipationRecorded recorded = participation(person, "1");
      publish(recorded);
      UUID claimId = UUID.fromString(awaitClaimOf(person).getString("id"));
      given()
          .auth()
          .oauth2(FINANCE)
          .contentType(ContentType.JSON)
          .body(Map.of("reason", "Not on the sign-in sheet"))
          .post("/api/v1/claims/{id}/rejection", claimId)
          .then()
          .statusCode(200);

      publish(correction(recorded, "1", "2", CORRECTOR));
      awaitHours(person, "2");

      JsonPath claim = claim(claimId);
      assertThat(claim.getList("lines.kind")).containsExactly("FEE", "FEE");
      assertThat(claim.getInt("amountPence")).isEqualTo(2000);
      assertThat(ledgerSumOf(claimId)).isEqualTo(2000);
    }
  }

  @Nested
  class Balance {
    /**
     * Participations and corrections in a random order of hours, through Kafka: every claim's
     * ledger entries add up to its amount, which is the fee for its final hours, and the payee's
     * tax-year total is the sum of those fees.
     */
    @Test
    void theLedgerBalancesAfterARandomRunOfParticipationsAndCorrections() {
      Random random = new Random(20261014);
      String[] hours = {"0.5", "1", "1.75", "2", "2.5", "4"};
      UUID payee = UUID.randomUUID();
      Map<UUID, String> finalHours = new HashMap<>();
      List<ParticipationRecorded> recorded = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        ParticipationRecorded participation =
            participation(payee, hours[random.nextInt(hours.length)]);
        recorded.add(participation);
        publish(participation);
        finalHours.put(participation.participationId(), participation.hours().toPlainString());
      }
      for (int i = 0; i < 10; i++) {
        ParticipationRecorded target = recorded.get(random.nextInt(recorded.size()));
        String previous = finalHours.get(target.participationId());
        String next = hours[random.nextInt(hours.length)];
        publish(correction(target, previous, next, CORRECTOR));
        finalHours.put(target.participationId(), next);
      }

      await().atMost(CATCH_UP).until(() -> claimHours(payee).equals(normalised(finalHours)));
      long expectedTotal = 0;
      for (Map<String, Object> claim : claimsOf(payee, 100)) {
        UUID participationId = UUID.fromString((String) claim.get("participationId"));
        long fee =
            new BigDecimal(finalHours.get(participationId)).compareTo(BigDecimal.valueOf(2)) < 0
                ? 1000
                : 2000;
        long amount = ((Number) claim.get("amountPence")).longValue();
        assertThat(amount).isEqualTo(fee);
        assertThat(ledgerSumOf(UUID.fromString((String) claim.get("id")))).isEqualTo(amount);
        expectedTotal += fee;
      }
      given()
          .auth()
          .oauth2(FINANCE)
          .get("/api/v1/ledger/payees/{id}/totals", payee)
          .then()
          .statusCode(200)
          .body("[0].taxYear", equalTo("2026-27"))
          .body("[0].amountPence", equalTo((int) expectedTotal));
    }

    static List<Map<String, Object>> claimsOf(UUID personId, int limit) {
      return given()
          .auth()
          .oauth2(FINANCE)
          .queryParam("personId", personId)
          .queryParam("limit", limit)
          .get("/api/v1/claims")
          .then()
          .statusCode(200)
          .extract()
          .path("items");
    }

    static Map<UUID, BigDecimal> claimHours(UUID payee) {
      Map<UUID, BigDecimal> hours = new HashMap<>();
      for (Map<String, Object> claim : claimsOf(payee, 100)) {
        hours.put(
            UUID.fromString((String) claim.get("participationId")),
            new BigDecimal(claim.get("hours").toString()).stripTrailingZeros());
      }
      return hours;
    }

    static Map<UUID, BigDecimal> normalised(Map<UUID, String> hours) {
      Map<UUID, BigDecimal> result = new HashMap<>();
      hours.forEach((id, value) -> result.put(id, new BigDecimal(value).stripTrailingZeros()));
      return result;
    }
  }

  @Nested
  class AppendOnly {
    /** The migrating owner, who could disable the triggers; the service's own role cannot. */
    Connection ownersConnection() throws Exception {
      Config config = ConfigProvider.getConfig();
      return DriverManager.getConnection(
          config.getValue("quarkus.datasource.jdbc.url", String.class),
          config.getValue("quarkus.flyway.username", String.class),
          config.getValue("quarkus.flyway.password", String.class));
    }

    @Test
    void theLedgerRefusesUpdatesAndDeletesToTheServiceAndToItsOwner() throws Exception {
      UUID person = UUID.randomUUID();
      publish(participation(person, "2"));
      awaitClaimOf(person);
      String update = "update ledger_entry set amount_pence = 0 where person_id = '" + person + "'";
      String delete = "delete from ledger_entry where person_id = '" + person + "'";

      assertThatThrownBy(
              () ->
                  QuarkusTransaction.requiringNew()
                      .run(() -> entityManager.createNativeQuery(update).executeUpdate()))
          .hasStackTraceContaining("permission denied");
      try (Connection owner = ownersConnection();
          Statement statement = owner.createStatement()) {
        assertThatThrownBy(() -> statement.executeUpdate(update))
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> statement.executeUpdate(delete))
            .hasMessageContaining("append-only");
      }
      assertThat(ledgerSumOf(UUID.fromString((String) claimsOf(person).get(0).get("id"))))
          .isEqualTo(2000);
    }
  }

  @Nested
  class Access {
    @Test
    void aVolunteerSeesOnlyTheirOwnTotalsAndEntries() {
      UUID me = UUID.randomUUID();
      UUID someoneElse = UUID.randomUUID();
      publish(participation(me, "2"));
      publish(participation(someoneElse, "2"));
      awaitClaimOf(me);
      awaitClaimOf(someoneElse);
      String token = Tokens.volunteer("vic.volunteer", me);

      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/ledger/payees/{id}/totals", me)
          .then()
          .statusCode(200)
          .body("[0].amountPence", equalTo(2000));
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/ledger/payees/{id}/totals", someoneElse)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(token)
          .queryParam("personId", someoneElse)
          .get("/api/v1/ledger")
          .then()
          .statusCode(404);
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/ledger")
          .then()
          .statusCode(200)
          .body("items.personId", everyItem(equalTo(me.toString())));
      given().auth().oauth2(token).get("/api/v1/ledger/cost-centres/totals").then().statusCode(403);
    }

    @Test
    void financeSeesTotalsPerCostCentre() {
      UUID person = UUID.randomUUID();
      publish(participation(person, "2"));
      awaitClaimOf(person);

      given()
          .auth()
          .oauth2(FINANCE)
          .queryParam("taxYear", "2026-27")
          .get("/api/v1/ledger/cost-centres/totals")
          .then()
          .statusCode(200)
          .body("costCentre", hasItem("PEX100"))
          .body("taxYear", everyItem(equalTo("2026-27")));
      given()
          .auth()
          .oauth2(FINANCE)
          .queryParam("taxYear", "2026")
          .get("/api/v1/ledger/cost-centres/totals")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("taxYear"));
    }
  }
}
