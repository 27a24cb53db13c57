package org.coproduce.payment.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coproduce.events.Contract;
import org.coproduce.events.Event;
import org.coproduce.events.EventCodec;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.ParticipationRecordedV1;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimResourceTest {
  static final String FINANCE = Tokens.of("fiona.finance", "finance");
  static final String KAFKA = SharedKafkaResource.bootstrapServers();

  static ParticipationRecorded participation(UUID personId, String hours) {
    return new ParticipationRecorded(
        UUID.randomUUID(),
        personId,
        UUID.randomUUID(),
        "FOCUS_GROUP",
        LocalDate.of(2026, 10, 14),
        new BigDecimal(hours),
        Tokens.subjectOf("cora.coordinator"),
        UUID.randomUUID(),
        UUID.randomUUID());
  }

  static String envelopeOf(Event participation) {
    return EventCodec.write(
        EventCodec.envelope(
            participation, UUID.randomUUID(), Instant.now(), "involvement-service", "test"));
  }

  static void publish(String key, String message) {
    KafkaProbe.send(KAFKA, Topics.INVOLVEMENT_EVENTS, key, message);
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

  /**
   * The build's broker is shared and its involvement topic only grows: a fresh consumer group reads
   * it from the beginning, parking what it cannot pay, before it reaches a test's event.
   */
  static final Duration CATCH_UP = Duration.ofMinutes(2);

  static void awaitClaims(UUID personId, int count) {
    await().atMost(CATCH_UP).until(() -> claimsOf(personId).size() == count);
  }

  @Test
  void aRecordedParticipationRaisesOnePendingFeeClaimAtTheRateCardRate() {
    UUID personId = UUID.randomUUID();
    ParticipationRecorded twoAndAHalfHours = participation(personId, "2.5");
    publish(twoAndAHalfHours.aggregateId(), envelopeOf(twoAndAHalfHours));

    awaitClaims(personId, 1);
    given()
        .auth()
        .oauth2(FINANCE)
        .queryParam("personId", personId)
        .get("/api/v1/claims")
        .then()
        .body("items[0].participationId", equalTo(twoAndAHalfHours.participationId().toString()))
        .body("items[0].amountPence", equalTo(2000))
        .body("items[0].rateCardVersion", equalTo("2026-04"))
        .body("items[0].status", equalTo("PENDING"));
  }

  @Test
  void underTwoHoursIsPaidTheLowerBand() {
    UUID personId = UUID.randomUUID();
    ParticipationRecorded ninetyMinutes = participation(personId, "1.5");
    publish(ninetyMinutes.aggregateId(), envelopeOf(ninetyMinutes));

    awaitClaims(personId, 1);
    given()
        .auth()
        .oauth2(FINANCE)
        .queryParam("personId", personId)
        .get("/api/v1/claims")
        .then()
        .body("items[0].amountPence", equalTo(1000));
  }

  @Test
  void theClaimIsAnnouncedOnThePaymentTopic() {
    UUID personId = UUID.randomUUID();
    ParticipationRecorded recorded = participation(personId, "3");
    publish(recorded.aggregateId(), envelopeOf(recorded));

    await().atMost(CATCH_UP).until(() -> claimEventsFor(recorded).size() == 1);
    assertThat(claimEventsFor(recorded).get(0).payload().get("amountPence").asLong())
        .isEqualTo(2000);
  }

  /** The topic also carries decisions about claims, which name no participation. */
  static List<EventEnvelope> claimEventsFor(ParticipationRecorded recorded) {
    return KafkaProbe.events(KAFKA, Topics.PAYMENT_EVENTS).stream()
        .filter(e -> e.type().equals(Contract.PAYMENT_CLAIM_CREATED.type()))
        .filter(
            e ->
                e.payload()
                    .path("participationId")
                    .asText()
                    .equals(recorded.participationId().toString()))
        .toList();
  }

  @Nested
  class Redelivery {
    @Test
    void aRedeliveredEventCreatesNoSecondClaim() {
      UUID personId = UUID.randomUUID();
      ParticipationRecorded recorded = participation(personId, "2");
      String message = envelopeOf(recorded);
      String key = recorded.aggregateId();
      publish(key, message);
      publish(key, message);
      // The same participation announced again under a new event id is still one participation.
      publish(key, envelopeOf(recorded));
      // A later event on the same partition: once it is handled, the copies before it were too.
      UUID markerPerson = UUID.randomUUID();
      publish(key, envelopeOf(participation(markerPerson, "1")));

      awaitClaims(markerPerson, 1);
      assertThat(claimsOf(personId)).hasSize(1);
    }

    @Test
    void aPoisonMessageIsParkedInTheDeadLetterTopicAndConsumptionGoesOn() {
      String key = UUID.randomUUID().toString();
      String poison = "{\"this is\": \"not an event " + key + "\"}";
      publish(key, poison);
      UUID personId = UUID.randomUUID();
      publish(key, envelopeOf(participation(personId, "2")));

      awaitClaims(personId, 1);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> deadLetters().stream().anyMatch(r -> r.value().equals(poison)));
      ConsumerRecord<String, String> parked =
          deadLetters().stream().filter(r -> r.value().equals(poison)).findFirst().orElseThrow();
      String reason =
          new String(
              parked.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
      assertThat(reason).contains("envelope");
    }

    List<ConsumerRecord<String, String>> deadLetters() {
      return KafkaProbe.records(KAFKA, Topics.deadLetter(Topics.INVOLVEMENT_EVENTS));
    }
  }

  @Nested
  class Versions {
    @Test
    void aVersion1ParticipationRaisesExactlyOneClaimForItsProject() {
      UUID personId = UUID.randomUUID();
      UUID projectId = UUID.randomUUID();
      ParticipationRecordedV1 v1 =
          new ParticipationRecordedV1(
              UUID.randomUUID(),
              personId,
              projectId,
              "FOCUS_GROUP",
              LocalDate.of(2026, 10, 14),
              new BigDecimal("2.5"),
              Tokens.subjectOf("cora.coordinator"));
      String message = envelopeOf(v1);
      assertThat(EventCodec.read(message).version()).isEqualTo(1);
      publish(v1.aggregateId(), message);
      publish(v1.aggregateId(), message);

      awaitOneClaimAfterAMarker(personId);
      given()
          .auth()
          .oauth2(FINANCE)
          .queryParam("personId", personId)
          .get("/api/v1/claims")
          .then()
          .body("items[0].participationId", equalTo(v1.participationId().toString()))
          .body("items[0].projectId", equalTo(projectId.toString()))
          .body("items[0].amountPence", equalTo(2000));
    }

    @Test
    void aVersion2ParticipationOutsideAProjectRaisesExactlyOneClaim() {
      UUID personId = UUID.randomUUID();
      ParticipationRecorded v2 =
          new ParticipationRecorded(
              UUID.randomUUID(),
              personId,
              null,
              "TRAINING",
              LocalDate.of(2026, 10, 14),
              new BigDecimal("1.5"),
              Tokens.subjectOf("cora.coordinator"),
              UUID.randomUUID(),
              UUID.randomUUID());
      String message = envelopeOf(v2);
      assertThat(EventCodec.read(message).version()).isEqualTo(2);
      publish(v2.aggregateId(), message);
      publish(v2.aggregateId(), message);

      awaitOneClaimAfterAMarker(personId);
      given()
          .auth()
          .oauth2(FINANCE)
          .queryParam("personId", personId)
          .get("/api/v1/claims")
          .then()
          .body("items[0].participationId", equalTo(v2.participationId().toString()))
          .body("items[0].projectId", nullValue())
          .body("items[0].activityType", equalTo("TRAINING"))
          .body("items[0].amountPence", equalTo(1000));
    }

    /** Waits for the person's claim, then for a later event on the topic, then counts. */
    void awaitOneClaimAfterAMarker(UUID personId) {
      awaitClaims(personId, 1);
      UUID markerPerson = UUID.randomUUID();
      ParticipationRecorded marker = participation(markerPerson, "1");
      publish(marker.aggregateId(), envelopeOf(marker));
      awaitClaims(markerPerson, 1);
      assertThat(claimsOf(personId)).hasSize(1);
    }
  }

  @Nested
  class Access {
    @Test
    void aVolunteerSeesOnlyTheirOwnClaims() {
      UUID mine = UUID.randomUUID();
      UUID someoneElse = UUID.randomUUID();
      ParticipationRecorded own = participation(mine, "2");
      publish(own.aggregateId(), envelopeOf(own));
      ParticipationRecorded other = participation(someoneElse, "2");
      publish(other.aggregateId(), envelopeOf(other));
      awaitClaims(mine, 1);
      awaitClaims(someoneElse, 1);
      String volunteer = Tokens.volunteer("vic.volunteer", mine);

      given()
          .auth()
          .oauth2(volunteer)
          .get("/api/v1/claims")
          .then()
          .statusCode(200)
          .body("items", hasSize(1))
          .body("items[0].personId", equalTo(mine.toString()));
      given()
          .auth()
          .oauth2(volunteer)
          .queryParam("personId", someoneElse)
          .get("/api/v1/claims")
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }

    @Test
    void noTokenIsUnauthorizedAndTheWrongRoleIsForbidden() {
      given().get("/api/v1/claims").then().statusCode(401);
      given()
          .auth()
          .oauth2(Tokens.of("lena.lead", "qi-lead"))
          .get("/api/v1/claims")
          .then()
          .statusCode(403);
    }

    @Test
    void anUnknownStatusFilterIsNamed() {
      given()
          .auth()
          .oauth2(FINANCE)
          .queryParam("status", "PAID-ISH")
          .get("/api/v1/claims")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("status"));
    }
  }
}
