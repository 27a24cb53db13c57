package org.coproduce.payment.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.Topics;
import org.coproduce.payment.Fixtures;
import org.coproduce.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

/**
 * Participations are consumed in batches, one transaction per batch. These messages share a key and
 * are sent in one producer batch, so they reach the service together: what one of them does wrong,
 * or repeats, must not change what the others do.
 */
@QuarkusTest
class BatchedParticipationsTest {
  private static final String KAFKA = ClaimResourceTest.KAFKA;

  @Test
  void aPoisonMessageInABatchIsParkedAloneAndEveryOtherParticipationIsPaidOnce() {
    UUID before = UUID.randomUUID();
    UUID after = UUID.randomUUID();
    ParticipationRecorded first = Fixtures.participation(before, "2");
    ParticipationRecorded second = Fixtures.participation(after, "1");
    String firstMessage = Fixtures.envelopeOf(first);
    String secondMessage = Fixtures.envelopeOf(second);
    String key = UUID.randomUUID().toString();
    String poison = "{\"not an event\": \"" + key + "\"}";

    sendTogether(key, List.of(firstMessage, poison, secondMessage));

    ClaimResourceTest.awaitClaims(before, 1);
    ClaimResourceTest.awaitClaims(after, 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> deadLetters().stream().anyMatch(r -> r.value().equals(poison)));
    assertThat(deadLetters())
        .extracting(ConsumerRecord::value)
        .doesNotContain(firstMessage, secondMessage);
    assertThat(amountOrZero(before)).isEqualTo(2000);
    assertThat(amountOrZero(after)).isEqualTo(1000);
  }

  @Test
  void repeatsWithinOneBatchRaiseOneClaimPerParticipation() {
    UUID personId = UUID.randomUUID();
    ParticipationRecorded recorded = Fixtures.participation(personId, "2");
    String message = Fixtures.envelopeOf(recorded);
    UUID markerPerson = UUID.randomUUID();
    String key = UUID.randomUUID().toString();

    // The same event twice, and the same participation under a new event id, then a marker.
    sendTogether(
        key,
        List.of(
            message,
            message,
            Fixtures.envelopeOf(recorded),
            Fixtures.envelopeOf(Fixtures.participation(markerPerson, "1"))));

    ClaimResourceTest.awaitClaims(markerPerson, 1);
    assertThat(ClaimResourceTest.claimsOf(personId)).hasSize(1);
  }

  @Test
  void aCorrectionInTheSameBatchAsItsParticipationCorrectsTheClaimRaisedJustBefore() {
    UUID personId = UUID.randomUUID();
    ParticipationRecorded recorded = Fixtures.participation(personId, "1");
    String key = UUID.randomUUID().toString();

    sendTogether(
        key,
        List.of(
            Fixtures.envelopeOf(recorded),
            Fixtures.envelopeOf(Fixtures.correction(recorded, "1", "3", Fixtures.RECORDER))));

    await().atMost(Fixtures.CATCH_UP).until(() -> amountOrZero(personId) == 2000);
    assertThat(ClaimResourceTest.claimsOf(personId)).hasSize(1);
  }

  /** Sends the messages in one producer batch: the consumer fetches them in one poll. */
  private static void sendTogether(String key, List<String> messages) {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5000);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      List<Future<RecordMetadata>> sent =
          messages.stream()
              .map(m -> producer.send(new ProducerRecord<>(Topics.INVOLVEMENT_EVENTS, key, m)))
              .toList();
      producer.flush();
      for (Future<RecordMetadata> each : sent) {
        each.get(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Sending failed", e);
    }
  }

  private static List<ConsumerRecord<String, String>> deadLetters() {
    return KafkaProbe.records(KAFKA, Topics.deadLetter(Topics.INVOLVEMENT_EVENTS));
  }

  private static long amountOrZero(UUID personId) {
    List<Map<String, Object>> claims =
        given()
            .auth()
            .oauth2(ClaimResourceTest.FINANCE)
            .queryParam("personId", personId)
            .get("/api/v1/claims")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return claims.isEmpty() ? 0 : ((Number) claims.get(0).get("amountPence")).longValue();
  }
}
