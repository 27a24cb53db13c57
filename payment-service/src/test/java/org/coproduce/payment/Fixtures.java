package org.coproduce.payment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.Event;
import org.coproduce.events.EventCodec;
import org.coproduce.events.ParticipationCorrected;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;

/** Participations and corrections as involvement-service announces them, and claims as read. */
public final class Fixtures {
  public static final String FINANCE = Tokens.of("fiona.finance", "finance");

  /** A second finance officer: records the outcomes of batches the first one made. */
  public static final String SECOND_FINANCE = Tokens.of("frank.finance", "finance");

  public static final String ADMIN = Tokens.of("ada.admin", "admin");
  public static final String COORDINATOR = Tokens.of("cora.coordinator", "coordinator");
  public static final String RECORDER = Tokens.subjectOf("cora.coordinator");

  /**
   * The build's broker is shared and its involvement topic only grows: a fresh consumer group reads
   * it from the beginning before it reaches a test's event.
   */
  public static final Duration CATCH_UP = Duration.ofMinutes(2);

  public static ParticipationRecorded participation(UUID personId, String hours, LocalDate date) {
    return new ParticipationRecorded(
        UUID.randomUUID(),
        personId,
        UUID.randomUUID(),
        "FOCUS_GROUP",
        date,
        new BigDecimal(hours),
        RECORDER,
        UUID.randomUUID(),
        UUID.randomUUID());
  }

  public static ParticipationRecorded participation(UUID personId, String hours) {
    return participation(personId, hours, LocalDate.of(2026, 10, 14));
  }

  public static ParticipationCorrected correction(
      ParticipationRecorded recorded, String previousHours, String hours, String correctedBy) {
    return new ParticipationCorrected(
        UUID.randomUUID(),
        recorded.participationId(),
        recorded.personId(),
        recorded.projectId(),
        recorded.activityType(),
        recorded.date(),
        new BigDecimal(previousHours),
        new BigDecimal(hours),
        correctedBy);
  }

  public static String envelopeOf(Event event) {
    return EventCodec.write(
        EventCodec.envelope(
            event, UUID.randomUUID(), Instant.now(), "involvement-service", "test"));
  }

  public static void publish(Event event) {
    publish(event.aggregateId(), envelopeOf(event));
  }

  public static void publish(String key, String message) {
    KafkaProbe.send(
        SharedKafkaResource.bootstrapServers(), Topics.INVOLVEMENT_EVENTS, key, message);
  }

  /** A staff member who is also in the register, so their token carries a person id. */
  public static String staffWhoIsAlsoAPerson(String userName, String role, UUID personId) {
    return Tokens.withPersonId(userName, personId, role);
  }

  public static List<Map<String, Object>> claimsOf(UUID personId) {
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

  /** Waits for the person's one claim to be raised and returns it. */
  public static JsonPath awaitClaimOf(UUID personId) {
    await().atMost(CATCH_UP).until(() -> claimsOf(personId).size() == 1);
    return claim(UUID.fromString((String) claimsOf(personId).get(0).get("id")));
  }

  public static JsonPath claim(UUID claimId) {
    return given()
        .auth()
        .oauth2(FINANCE)
        .get("/api/v1/claims/{id}", claimId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The sum of the claim's ledger entries. */
  public static long ledgerSumOf(UUID claimId) {
    List<Integer> amounts =
        given()
            .auth()
            .oauth2(FINANCE)
            .queryParam("claimId", claimId)
            .queryParam("limit", 100)
            .get("/api/v1/ledger")
            .then()
            .statusCode(200)
            .extract()
            .path("items.amountPence");
    return amounts.stream().mapToLong(Integer::longValue).sum();
  }

  private Fixtures() {}
}
