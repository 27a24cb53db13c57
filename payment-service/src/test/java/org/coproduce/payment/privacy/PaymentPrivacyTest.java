package org.coproduce.payment.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.Event;
import org.coproduce.events.EventCodec;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.PersonErased;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaymentPrivacyTest {
  static final String COORDINATOR = Tokens.of("cora.coordinator", "coordinator");
  static final String FINANCE = Tokens.of("fiona.finance", "finance");

  static void publish(Event event) {
    KafkaProbe.send(
        SharedKafkaResource.bootstrapServers(),
        Topics.INVOLVEMENT_EVENTS,
        event.aggregateId(),
        EventCodec.write(
            EventCodec.envelope(
                event, UUID.randomUUID(), Instant.now(), "involvement-service", "test")));
  }

  static UUID attended(UUID personId) {
    ParticipationRecorded participation =
        new ParticipationRecorded(
            UUID.randomUUID(),
            personId,
            UUID.randomUUID(),
            "FOCUS_GROUP",
            LocalDate.of(2026, 10, 14),
            new BigDecimal("2.5"),
            Tokens.subjectOf("cora.coordinator"),
            UUID.randomUUID(),
            UUID.randomUUID());
    publish(participation);
    await().atMost(Duration.ofMinutes(2)).until(() -> claimsOf(personId).size() == 1);
    return participation.participationId();
  }

  static List<Object> claimsOf(UUID personId) {
    return given()
        .auth()
        .oauth2(FINANCE)
        .queryParam("personId", personId)
        .get("/api/v1/claims")
        .then()
        .statusCode(200)
        .extract()
        .path("items");
  }

  static String exportOf(UUID personId) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/subject-access/{id}", personId)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  @Test
  void theExportListsThePersonsClaimsAndNoOneElses() {
    UUID sam = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    UUID participation = attended(sam);
    attended(other);

    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/subject-access/{id}", sam)
        .then()
        .statusCode(200)
        .body("service", equalTo("payment-service"))
        .body("erasedAt", nullValue())
        .body("sections.claims", hasSize(1))
        .body("sections.claims[0].participationId", equalTo(participation.toString()))
        .body("sections.claims[0].amountPence", equalTo(2000));
    assertThat(exportOf(sam)).doesNotContain(other.toString());
  }

  @Test
  void aVolunteerExportsTheirOwnButNotSomeoneElsesAndOtherStaffGet404() {
    UUID me = UUID.randomUUID();
    attended(me);
    String token = Tokens.volunteer("vic.volunteer", me);

    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/subject-access/{id}", me)
        .then()
        .statusCode(200)
        .body("sections.claims", hasSize(1));
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/subject-access/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().auth().oauth2(FINANCE).get("/api/v1/subject-access/{id}", me).then().statusCode(404);
  }

  @Test
  void paymentsRemainAfterThePersonIsErasedAndTheirOwnTokenFindsNothing() {
    UUID erin = UUID.randomUUID();
    UUID participation = attended(erin);
    Instant erasedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

    publish(new PersonErased(erin, erasedAt));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> exportOf(erin).contains("\"erasedAt\":\"" + erasedAt + "\""));
    assertThat(claimsOf(erin)).hasSize(1);
    given()
        .auth()
        .oauth2(FINANCE)
        .queryParam("personId", erin)
        .get("/api/v1/claims")
        .then()
        .body("items[0].participationId", equalTo(participation.toString()))
        .body("items[0].amountPence", equalTo(2000));
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/subject-access/{id}", erin)
        .then()
        .body("sections.claims", hasSize(1));
    given()
        .auth()
        .oauth2(Tokens.volunteer("erin.erased", erin))
        .get("/api/v1/subject-access/{id}", erin)
        .then()
        .statusCode(404);
  }

  @Test
  void aRedeliveredErasureKeepsTheFirstErasureTime() {
    UUID pat = UUID.randomUUID();
    Instant first = Instant.now().truncatedTo(ChronoUnit.MICROS);
    publish(new PersonErased(pat, first));
    publish(new PersonErased(pat, first.plusSeconds(60)));
    // A later erasure on the same partition: once it is handled, the ones before it were too.
    UUID marker = UUID.randomUUID();
    KafkaProbe.send(
        SharedKafkaResource.bootstrapServers(),
        Topics.INVOLVEMENT_EVENTS,
        pat.toString(),
        EventCodec.write(
            EventCodec.envelope(
                new PersonErased(marker, first),
                UUID.randomUUID(),
                Instant.now(),
                "involvement-service",
                "test")));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> exportOf(marker).contains("\"erasedAt\":\"" + first + "\""));
    assertThat(exportOf(pat)).contains("\"erasedAt\":\"" + first + "\"");
  }

  @Test
  void erasureWipesBankDetailsButKeepsHowThePersonWasPaid() {
    UUID kim = UUID.randomUUID();
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "route", "BACS",
                "bankAccountName", "Kim Lee",
                "sortCode", "11-22-33",
                "accountNumber", "12345678",
                "receivesBenefits", true))
        .put("/api/v1/payees/{id}", kim)
        .then()
        .statusCode(201);
    assertThat(exportOf(kim)).contains("\"accountNumber\":\"******78\"").doesNotContain("12345678");

    publish(new PersonErased(kim, Instant.now()));

    await().atMost(Duration.ofSeconds(30)).until(() -> exportOf(kim).contains("\"erasedAt\":\"2"));
    given()
        .auth()
        .oauth2(FINANCE)
        .get("/api/v1/payees/{id}", kim)
        .then()
        .statusCode(200)
        .body("route", equalTo("BACS"))
        .body("receivesBenefits", equalTo(true))
        .body("accountNumber", nullValue())
        .body("bankAccountName", nullValue())
        .body("pendingChange", nullValue());
    given()
        .auth()
        .oauth2(FINANCE)
        .get("/api/v1/payees/{id}/changes", kim)
        .then()
        .statusCode(200)
        .body("items[0].changedBy", equalTo(Tokens.subjectOf("cora.coordinator")))
        .body("items[0].accountNumber", nullValue())
        .body("items[0].sortCode", nullValue())
        .body("items[0].outcome", equalTo("DISCARDED"));
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Map.of("route", "VOUCHER", "receivesBenefits", false))
        .put("/api/v1/payees/{id}", kim)
        .then()
        .statusCode(422);
  }

  @Test
  void erasureWipesStoredIdempotentResponsesThatNameTheReceipt() {
    UUID lee = UUID.randomUUID();
    String token = Tokens.volunteer("lee.volunteer", lee);
    String key = UUID.randomUUID().toString();
    Map<String, Object> expense =
        Map.of(
            "category",
            "PUBLIC_TRANSPORT",
            "amountPence",
            640,
            "date",
            "2026-10-14",
            "receipt",
            Map.of(
                "fileName",
                "lee-bus-ticket.jpg",
                "contentType",
                "image/jpeg",
                "sizeBytes",
                48213,
                "sha256",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    String location =
        submit(token, key, expense)
            .then()
            .statusCode(201)
            .body("receipt.fileName", equalTo("lee-bus-ticket.jpg"))
            .extract()
            .header("Location");

    publish(new PersonErased(lee, Instant.now()));
    await().atMost(Duration.ofSeconds(30)).until(() -> exportOf(lee).contains("\"erasedAt\":\"2"));

    var replayed = submit(token, key, expense).then().statusCode(201).extract();
    assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replayed.header("Location")).isEqualTo(location);
    assertThat(replayed.asString()).doesNotContain("lee-bus-ticket");
    assertThat(claimsOf(lee)).hasSize(1);
  }

  static io.restassured.response.Response submit(
      String token, String key, Map<String, Object> expense) {
    return given()
        .auth()
        .oauth2(token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(expense)
        .post("/api/v1/expense-claims");
  }
}
