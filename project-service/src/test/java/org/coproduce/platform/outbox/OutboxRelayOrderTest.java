package org.coproduce.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relay keeps each aggregate's order with more than one relay on one outbox (as with several
 * instances of a service), and parks a row the broker refuses for good instead of stopping.
 */
@QuarkusTest
class OutboxRelayOrderTest {

  @TestHTTPResource(value = "/", management = true)
  URL management;

  private String managed(String path) {
    return "http://" + management.getHost() + ":" + management.getPort() + path;
  }

  private static final String TOPIC = "relay-order.test";
  private static final String ADMIN = Tokens.of("ada.admin", "admin");

  @Inject Outbox outbox;
  @Inject OutboxRelay relay;
  @Inject AgroalDataSource dataSource;

  @BeforeAll
  static void topic() {
    KafkaProbe.createTopics(kafka(), List.of(TOPIC));
  }

  @Test
  void twoRelaysAtOnceKeepEachAggregatesOrder() throws Exception {
    String run = UUID.randomUUID().toString();
    List<String> keys = IntStream.range(0, 4).mapToObj(i -> run + "-" + i).toList();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                IntStream.range(0, 1000)
                    .forEach(
                        n ->
                            write(keys.get(n % keys.size()), keys.get(n % keys.size()) + ":" + n)));

    // the service's own relay, woken by the commit, and two more on the same database
    ExecutorService relays = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture<?>[] running =
          IntStream.range(0, 2)
              .mapToObj(i -> CompletableFuture.runAsync(this::relayUntilEmpty, relays))
              .toArray(CompletableFuture[]::new);
      CompletableFuture.allOf(running).get();
    } finally {
      relays.shutdown();
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> unpublished(run) == 0);
    Map<String, List<Integer>> sent = sentInOrder(run);
    assertThat(sent).hasSize(keys.size());
    sent.values().forEach(order -> assertThat(order).hasSize(250).isSorted());
  }

  @Test
  void aRelayWaitsForAnEarlierRowOfAnAggregateThatAnotherRelayHolds() throws SQLException {
    String key = UUID.randomUUID().toString();
    try (Connection otherRelay = dataSource.getConnection();
        Connection otherRelaysBatch = dataSource.getConnection()) {
      // another relay is at work: rows come in while it has the turn, and it holds the first
      execute(otherRelay, "select pg_advisory_lock(" + OutboxRelay.RELAY_LOCK + ")");
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                write(key, key + ":0");
                write(key, key + ":1");
              });
      otherRelaysBatch.setAutoCommit(false);
      execute(
          otherRelaysBatch,
          "select id from outbox_message where message_key = '"
              + key
              + "' and payload = '"
              + key
              + ":0' for update");
      execute(otherRelay, "select pg_advisory_unlock(" + OutboxRelay.RELAY_LOCK + ")");
      relay.wake();

      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(10))
          .until(() -> unpublished(key) == 2);
      otherRelaysBatch.rollback();
    }

    await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(key) == 0);
    assertThat(sentInOrder(key).get(key)).containsExactly(0, 1);
  }

  @Test
  void aRowTheBrokerRefusesForGoodIsParkedAndLaterRowsGoOut() {
    String key = UUID.randomUUID().toString();
    String tooLarge = key + ":" + "x".repeat(2_000_000);
    QuarkusTransaction.requiringNew().run(() -> write(key, tooLarge));
    QuarkusTransaction.requiringNew().run(() -> write(key, key + ":1"));

    await().atMost(Duration.ofSeconds(90)).until(() -> parkedIds(key).size() == 1);
    await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(key) == 0);
    UUID parked = parkedIds(key).get(0);
    given()
        .auth()
        .oauth2(ADMIN)
        .get("/api/v1/outbox/parked")
        .then()
        .statusCode(200)
        .body("id", hasItem(parked.toString()))
        .body("lastError", hasItem(containsString("RecordTooLarge")));
    given().get(managed("/q/metrics")).then().body(containsString("coproduce_outbox_parked "));
    given()
        .get(managed("/q/metrics"))
        .then()
        .body(containsString("coproduce_outbox_oldest_unpublished_age_seconds"));

    given()
        .auth()
        .oauth2(ADMIN)
        .post("/api/v1/outbox/parked/{id}/requeue", parked)
        .then()
        .statusCode(204);
    assertThat(parkedIds(key)).isEmpty();
    given()
        .auth()
        .oauth2(ADMIN)
        .post("/api/v1/outbox/parked/{id}/requeue", UUID.randomUUID())
        .then()
        .statusCode(404);
    QuarkusTransaction.requiringNew()
        .run(() -> OutboxMessage.delete("key = ?1 and publishedAt is null", key));
  }

  private void relayUntilEmpty() {
    while (true) {
      relay.relayBatch();
      if (QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      OutboxMessage.count(
                          "topic = ?1 and publishedAt is null and parkedAt is null", TOPIC))
          == 0) {
        return;
      }
    }
  }

  private void write(String key, String payload) {
    outbox.republish(TOPIC, key, payload, "OrderTest");
  }

  private static long unpublished(String keyPrefix) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                OutboxMessage.count(
                    "key like ?1 and publishedAt is null and parkedAt is null", keyPrefix + "%"));
  }

  private static List<UUID> parkedIds(String key) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                OutboxMessage.<OutboxMessage>list("key = ?1 and parkedAt is not null", key).stream()
                    .map(message -> message.id)
                    .toList());
  }

  /** Per key, the numbers of its records in the order they are on the topic. */
  private static Map<String, List<Integer>> sentInOrder(String keyPrefix) {
    return KafkaProbe.records(kafka(), TOPIC).stream()
        .filter(record -> record.key().startsWith(keyPrefix))
        .collect(
            Collectors.groupingBy(
                ConsumerRecord::key,
                Collectors.mapping(
                    record ->
                        Integer.valueOf(record.value().substring(record.value().indexOf(':') + 1)),
                    Collectors.toList())));
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.execute();
    }
  }

  private static String kafka() {
    return SharedKafkaResource.bootstrapServers();
  }
}
