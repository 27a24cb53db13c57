package org.coproduce.involvement.operations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Readiness covers the producing side: an event that cannot go out (here, to a topic the broker
 * does not have) and has waited past the limit takes the instance out of rotation until it is gone.
 */
@QuarkusTest
class ProducerReadinessTest {
  @Inject EntityManager entityManager;

  @Test
  void anEventStuckInTheOutboxPastTheLimitMakesTheServiceUnready() {
    UUID stuck = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "insert into outbox_message (id, topic, message_key, event_type, payload,"
                            + " created_at) values (:id, 'nowhere.test', 'k', 'Test', '{}', :at)")
                    .setParameter("id", stuck)
                    .setParameter("at", Instant.now().minus(Duration.ofMinutes(10)))
                    .executeUpdate());
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> readiness() == 503);
      given()
          .get("/q/health/ready")
          .then()
          .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("DOWN"));
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  entityManager
                      .createNativeQuery("delete from outbox_message where id = :id")
                      .setParameter("id", stuck)
                      .executeUpdate());
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> readiness() == 200);
  }

  private static int readiness() {
    return given().get("/q/health/ready").then().extract().statusCode();
  }
}
