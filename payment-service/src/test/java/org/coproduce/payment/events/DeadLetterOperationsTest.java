package org.coproduce.payment.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.Topics;
import org.coproduce.payment.Fixtures;
import org.coproduce.platform.messaging.DeadLetter;
import org.coproduce.platform.messaging.DeadLetters;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

/** What an operator sees of parked records, and how one is put back once its cause is fixed. */
@QuarkusTest
class DeadLetterOperationsTest {

  @TestHTTPResource(value = "/", management = true)
  URL management;

  private String managed(String path) {
    return "http://" + management.getHost() + ":" + management.getPort() + path;
  }

  private static final String FEE_CLAIMS = "payment-service.fee-claims";

  @Test
  void aPoisonMessageIsParkedOncePerConsumerWithTheConsumersNameAndCounted() {
    String key = UUID.randomUUID().toString();
    String poison = "{\"not an event\": \"" + key + "\"}";

    Fixtures.publish(key, poison);

    await().atMost(Fixtures.CATCH_UP).until(() -> parked(poison).size() == 2);
    assertThat(parked(poison))
        .extracting(record -> header(record, DeadLetters.CONSUMER_HEADER))
        .containsExactlyInAnyOrder(FEE_CLAIMS, "payment-service.erasure");
    assertThat(parked(poison))
        .allSatisfy(record -> assertThat(header(record, DeadLetters.REASON_HEADER)).isNotBlank());
    given()
        .get(managed("/q/metrics"))
        .then()
        .statusCode(200)
        .body(
            containsString("coproduce_dead_letters_parked_total{consumer=\"" + FEE_CLAIMS + "\""));
    given()
        .get(managed("/q/health/ready"))
        .then()
        .body("checks.find { it.name == 'Dead letters' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'Dead letters' }.data.waiting", greaterThan(0));
  }

  @Test
  void aRedrivenParticipationRaisesItsClaimOnce() {
    ParticipationRecorded recorded = Fixtures.participation(UUID.randomUUID(), "2");
    String message = Fixtures.envelopeOf(recorded);
    // parked twice, as by an earlier version that parked a database blip
    UUID first = parkedEarlier(recorded, message);
    UUID second = parkedEarlier(recorded, message);

    given()
        .auth()
        .oauth2(Fixtures.ADMIN)
        .get("/api/v1/dead-letters")
        .then()
        .statusCode(200)
        .body("id", hasItem(first.toString()));
    redrive(first).then().statusCode(200).body("consumer", equalTo(FEE_CLAIMS));

    await()
        .atMost(Fixtures.CATCH_UP)
        .until(() -> Fixtures.claimsOf(recorded.personId()).size() == 1);
    redrive(first).then().statusCode(404);
    redrive(second).then().statusCode(200);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> redriven(recorded.participationId().toString()) == 2);
    assertThat(Fixtures.claimsOf(recorded.personId())).hasSize(1);
  }

  @Test
  void onlyAnAdministratorRedrives() {
    given()
        .auth()
        .oauth2(Fixtures.FINANCE)
        .post("/api/v1/dead-letters/{id}/redrive", UUID.randomUUID())
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.of("val", "volunteer"))
        .get("/api/v1/dead-letters")
        .then()
        .statusCode(403);
  }

  private static Response redrive(UUID id) {
    return given().auth().oauth2(Fixtures.ADMIN).post("/api/v1/dead-letters/{id}/redrive", id);
  }

  private static UUID parkedEarlier(ParticipationRecorded recorded, String message) {
    DeadLetter letter = new DeadLetter();
    letter.id = UUID.randomUUID();
    letter.consumer = FEE_CLAIMS;
    letter.topic = Topics.INVOLVEMENT_EVENTS;
    letter.partition = 0;
    letter.offset = Math.abs(letter.id.getMostSignificantBits());
    letter.key = recorded.aggregateId();
    letter.payload = message;
    letter.reason = "Unable to acquire JDBC Connection";
    letter.attempts = 1;
    letter.parkedAt = Instant.now();
    QuarkusTransaction.requiringNew().run(letter::persist);
    return letter.id;
  }

  /** How many times the event went back on its topic. */
  private static long redriven(String participationId) {
    return KafkaProbe.records(kafka(), Topics.INVOLVEMENT_EVENTS).stream()
        .filter(record -> record.value().contains(participationId))
        .count();
  }

  private static List<ConsumerRecord<String, String>> parked(String value) {
    return KafkaProbe.records(kafka(), Topics.deadLetter(Topics.INVOLVEMENT_EVENTS)).stream()
        .filter(record -> record.value().equals(value))
        .toList();
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static String kafka() {
    return SharedKafkaResource.bootstrapServers();
  }
}
