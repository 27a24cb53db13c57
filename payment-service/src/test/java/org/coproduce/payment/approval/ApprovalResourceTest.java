package org.coproduce.payment.approval;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.payment.Fixtures.ADMIN;
import static org.coproduce.payment.Fixtures.COORDINATOR;
import static org.coproduce.payment.Fixtures.FINANCE;
import static org.coproduce.payment.Fixtures.awaitClaimOf;
import static org.coproduce.payment.Fixtures.claim;
import static org.coproduce.payment.Fixtures.ledgerSumOf;
import static org.coproduce.payment.Fixtures.participation;
import static org.coproduce.payment.Fixtures.publish;
import static org.coproduce.payment.Fixtures.staffWhoIsAlsoAPerson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApprovalResourceTest {

  static UUID pendingFeeClaim() {
    UUID person = UUID.randomUUID();
    publish(participation(person, "2.5"));
    return UUID.fromString(awaitClaimOf(person).getString("id"));
  }

  static Response approve(String token, UUID claimId) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Attendance confirmed on the sign-in sheet"))
        .post("/api/v1/claims/{id}/approval", claimId);
  }

  static Response reject(String token, UUID claimId, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/claims/{id}/rejection", claimId);
  }

  static UUID expenseSubmittedBy(String token, UUID personId, long pence) {
    String id =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "personId",
                    personId.toString(),
                    "category",
                    "CARER_COST",
                    "amountPence",
                    pence,
                    "date",
                    "2026-10-14"))
            .post("/api/v1/expense-claims")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  static List<EventEnvelope> paymentEventsAbout(UUID claimId, String type) {
    return KafkaProbe.events(SharedKafkaResource.bootstrapServers(), Topics.PAYMENT_EVENTS).stream()
        .filter(e -> e.type().equals(type) && e.aggregateId().equals(claimId.toString()))
        .toList();
  }

  @Test
  void financeApprovesAClaimAndTheDecisionIsKeptAndAnnounced() {
    UUID claimId = pendingFeeClaim();

    approve(FINANCE, claimId)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("status", equalTo("APPROVED"))
        .body("lines[0].status", equalTo("APPROVED"))
        .body("decisions", hasSize(1))
        .body("decisions[0].outcome", equalTo("APPROVED"))
        .body("decisions[0].decidedBy", equalTo(Tokens.subjectOf("fiona.finance")))
        .body("decisions[0].reason", equalTo("Attendance confirmed on the sign-in sheet"))
        .body("decisions[0].amountPence", equalTo(2000));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> paymentEventsAbout(claimId, "PaymentClaimApproved").size() == 1);
    EventEnvelope approved = paymentEventsAbout(claimId, "PaymentClaimApproved").get(0);
    assertThat(approved.payload().get("amountPence").asLong()).isEqualTo(2000);
    assertThat(approved.payload().has("reason")).isFalse();
  }

  @Test
  void aRejectionNeedsAReasonAndThenOwesNothing() {
    UUID claimId = pendingFeeClaim();
    reject(FINANCE, claimId, Map.of())
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    assertThat(claim(claimId).getString("status")).isEqualTo("PENDING");

    reject(FINANCE, claimId, Map.of("reason", "Did not attend"))
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("amountPence", equalTo(0))
        .body("decisions[0].reason", equalTo("Did not attend"));
    assertThat(ledgerSumOf(claimId)).isZero();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> paymentEventsAbout(claimId, "PaymentClaimRejected").size() == 1);
  }

  @Test
  void decidingTwiceIsAConflict() {
    UUID claimId = pendingFeeClaim();
    approve(FINANCE, claimId).then().statusCode(200);

    approve(FINANCE, claimId).then().statusCode(409).contentType("application/problem+json");
    reject(FINANCE, claimId, Map.of("reason", "Changed my mind")).then().statusCode(409);
    assertThat(claim(claimId).getList("decisions")).hasSize(1);
  }

  @Test
  void aStaleIfMatchIsRefused() {
    UUID claimId = pendingFeeClaim();
    given()
        .auth()
        .oauth2(FINANCE)
        .header("If-Match", "\"7\"")
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/v1/claims/{id}/approval", claimId)
        .then()
        .statusCode(412);
    assertThat(claim(claimId).getString("status")).isEqualTo("PENDING");
  }

  @Nested
  class SegregationOfDuties {
    @Test
    void approvingOnesOwnClaimIsForbiddenNamingTheRule() {
      UUID person = UUID.randomUUID();
      publish(participation(person, "2"));
      UUID claimId = UUID.fromString(awaitClaimOf(person).getString("id"));

      approve(staffWhoIsAlsoAPerson("fred.finance", "finance", person), claimId)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString("Segregation of duties"));
      assertThat(claim(claimId).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void whoeverRecordedTheAttendanceMayNotApproveIt() {
      UUID claimId = pendingFeeClaim();

      approve(COORDINATOR, claimId)
          .then()
          .statusCode(403)
          .body("detail", containsString("recorded the attendance"));
      reject(COORDINATOR, claimId, Map.of("reason", "x")).then().statusCode(403);
      assertThat(claim(claimId).getList("decisions")).isEmpty();
    }

    @Test
    void whoeverSubmittedAnExpenseMayNotApproveIt() {
      String coordinator = Tokens.of("carl.coordinator", "coordinator");
      UUID claimId = expenseSubmittedBy(coordinator, UUID.randomUUID(), 1500);

      approve(coordinator, claimId).then().statusCode(403);
      approve(Tokens.of("cath.coordinator", "coordinator"), claimId).then().statusCode(200);
    }
  }

  @Nested
  class Limits {
    @Test
    void aCoordinatorApprovesOnlySmallClaimsUntilAnAdminRaisesTheirLimit() {
      String carl = Tokens.of("carl.coordinator", "coordinator");
      String dana = "dana.coordinator";
      UUID claimId = expenseSubmittedBy(carl, UUID.randomUUID(), 9000);

      approve(Tokens.of(dana, "coordinator"), claimId)
          .then()
          .statusCode(403)
          .body("detail", containsString("above your approval limit of £50.00"));
      given()
          .auth()
          .oauth2(ADMIN)
          .contentType(ContentType.JSON)
          .body(Map.of("limitPence", 10000))
          .put("/api/v1/approval-limits/{account}", Tokens.subjectOf(dana))
          .then()
          .statusCode(200)
          .body("limitPence", equalTo(10000));

      approve(Tokens.of(dana, "coordinator"), claimId)
          .then()
          .statusCode(200)
          .body("status", equalTo("APPROVED"));
    }

    @Test
    void financeApprovesWhatIsAboveACoordinatorsLimit() {
      String carl = Tokens.of("carl.coordinator", "coordinator");
      UUID claimId = expenseSubmittedBy(carl, UUID.randomUUID(), 10000);
      approve(FINANCE, claimId).then().statusCode(200);
    }

    @Test
    void onlyAnAdminSetsLimitsAndANegativeOneIsNamed() {
      given()
          .auth()
          .oauth2(FINANCE)
          .contentType(ContentType.JSON)
          .body(Map.of("limitPence", 100000000))
          .put("/api/v1/approval-limits/{account}", Tokens.subjectOf("fiona.finance"))
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(ADMIN)
          .contentType(ContentType.JSON)
          .body(Map.of("limitPence", -1))
          .put("/api/v1/approval-limits/{account}", "someone")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("limitPence"));
    }

    @Test
    void aVolunteerCannotApprove() {
      UUID claimId = pendingFeeClaim();
      approve(Tokens.volunteer("vic.volunteer", UUID.randomUUID()), claimId).then().statusCode(403);
    }
  }
}
