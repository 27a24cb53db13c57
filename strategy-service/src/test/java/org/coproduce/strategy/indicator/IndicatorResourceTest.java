package org.coproduce.strategy.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduce.events.Event;
import org.coproduce.events.EventCodec;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.MalformedEventException;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.PaymentClaimCreated;
import org.coproduce.events.PaymentMade;
import org.coproduce.events.PersonRegistered;
import org.coproduce.events.ProjectCreated;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorResourceTest {
  static final String KAFKA = SharedKafkaResource.bootstrapServers();
  static final String EXECUTIVE = Tokens.of("eve.executive", "executive");
  static final String ADMIN = Tokens.of("ada.admin", "admin");

  /**
   * The build's broker is shared and its topics only grow: a fresh projection reads them from the
   * beginning before it can agree with a count over them.
   */
  static final Duration CATCH_UP = Duration.ofMinutes(2);

  static final List<String> TOPICS =
      List.of(Topics.PROJECT_EVENTS, Topics.INVOLVEMENT_EVENTS, Topics.PAYMENT_EVENTS);

  /** What the indicators must be: an independent count over everything on the topics. */
  record Expected(
      long projects,
      long people,
      long participations,
      BigDecimal hours,
      long claims,
      long pence,
      long payments,
      long paidPence) {}

  static Expected foldTopics() {
    Set<UUID> seen = new HashSet<>();
    long projects = 0, people = 0, participations = 0, claims = 0, pence = 0;
    long payments = 0, paidPence = 0;
    BigDecimal hours = BigDecimal.ZERO;
    for (String topic : TOPICS) {
      for (var record : KafkaProbe.records(KAFKA, topic)) {
        Event event;
        try {
          EventEnvelope envelope = EventCodec.read(record.value());
          if (!seen.add(envelope.eventId())) {
            continue;
          }
          event = EventCodec.payload(envelope);
        } catch (MalformedEventException e) {
          continue;
        }
        if (event instanceof ProjectCreated) {
          projects++;
        } else if (event instanceof PersonRegistered) {
          people++;
        } else if (event instanceof ParticipationRecorded p) {
          participations++;
          hours = hours.add(p.hours());
        } else if (event instanceof PaymentClaimCreated c) {
          claims++;
          pence += c.amountPence();
        } else if (event instanceof PaymentMade paid) {
          payments++;
          paidPence += paid.amountPence();
        }
      }
    }
    return new Expected(
        projects, people, participations, hours, claims, pence, payments, paidPence);
  }

  static Expected indicators(String token) {
    JsonPath json =
        given()
            .auth()
            .oauth2(token)
            .get("/api/v1/indicators")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return fromJson(json);
  }

  static Expected fromJson(JsonPath json) {
    return new Expected(
        json.getLong("projects"),
        json.getLong("people"),
        json.getLong("participations"),
        new BigDecimal(json.getString("hoursContributed")).stripTrailingZeros(),
        json.getLong("claims"),
        json.getLong("claimedPence"),
        json.getLong("payments"),
        json.getLong("paidPence"));
  }

  static Expected normalised(Expected e) {
    return new Expected(
        e.projects(),
        e.people(),
        e.participations(),
        e.hours().stripTrailingZeros(),
        e.claims(),
        e.pence(),
        e.payments(),
        e.paidPence());
  }

  static void publish(Event event, UUID eventId) {
    String json =
        EventCodec.write(EventCodec.envelope(event, eventId, Instant.now(), "test", "test"));
    KafkaProbe.send(
        KAFKA,
        EventCodec.read(json).type().equals("ProjectCreated")
            ? Topics.PROJECT_EVENTS
            : event instanceof PaymentClaimCreated || event instanceof PaymentMade
                ? Topics.PAYMENT_EVENTS
                : Topics.INVOLVEMENT_EVENTS,
        event.aggregateId(),
        json);
  }

  @Test
  void theIndicatorsCountEveryEventOnEveryTopicOnce() {
    UUID person = UUID.randomUUID();
    UUID participation = UUID.randomUUID();
    UUID repeated = UUID.randomUUID();
    publish(new ProjectCreated(UUID.randomUUID(), "IDEA"), UUID.randomUUID());
    publish(new PersonRegistered(person, "CARER"), UUID.randomUUID());
    ParticipationRecorded recorded =
        new ParticipationRecorded(
            participation,
            person,
            UUID.randomUUID(),
            "FOCUS_GROUP",
            LocalDate.of(2026, 11, 2),
            new BigDecimal("2.5"),
            "staff",
            UUID.randomUUID(),
            UUID.randomUUID());
    publish(recorded, repeated);
    publish(recorded, repeated);
    KafkaProbe.send(KAFKA, Topics.PAYMENT_EVENTS, "poison", "not an event at all");
    publish(
        new PaymentClaimCreated(UUID.randomUUID(), participation, person, 2000, "2026-04"),
        UUID.randomUUID());
    UUID payment = UUID.randomUUID();
    PaymentMade paid =
        new PaymentMade(
            UUID.randomUUID(), UUID.randomUUID(), person, UUID.randomUUID(), 2000, Instant.now());
    publish(paid, payment);
    publish(paid, payment);

    await()
        .atMost(CATCH_UP)
        .untilAsserted(() -> assertThat(indicators(EXECUTIVE)).isEqualTo(normalised(foldTopics())));
    assertThat(indicators(EXECUTIVE).participations()).isPositive();
    assertThat(indicators(EXECUTIVE).paidPence()).isGreaterThanOrEqualTo(2000);
  }

  @Test
  void rebuildingByReplayGivesTheSameIndicators() {
    publish(new ProjectCreated(UUID.randomUUID(), "PLANNING"), UUID.randomUUID());
    await()
        .atMost(CATCH_UP)
        .untilAsserted(() -> assertThat(indicators(EXECUTIVE)).isEqualTo(normalised(foldTopics())));
    Expected before = indicators(EXECUTIVE);

    Expected rebuilt =
        fromJson(
            given()
                .auth()
                .oauth2(ADMIN)
                .post("/api/v1/indicators/rebuild")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath());

    assertThat(rebuilt).isEqualTo(before);
    assertThat(indicators(EXECUTIVE)).isEqualTo(before);
  }

  @Test
  void onlyTheBoardAndStaffMayReadAndOnlyAnAdminMayRebuild() {
    given().get("/api/v1/indicators").then().statusCode(401);
    given()
        .auth()
        .oauth2(Tokens.volunteer("vic", UUID.randomUUID()))
        .get("/api/v1/indicators")
        .then()
        .statusCode(403);
    given().auth().oauth2(EXECUTIVE).post("/api/v1/indicators/rebuild").then().statusCode(403);
  }
}
