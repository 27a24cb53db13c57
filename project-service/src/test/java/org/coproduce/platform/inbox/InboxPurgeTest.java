package org.coproduce.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxPurgeTest {
  @Inject InboxPurge purge;
  @Inject EntityManager entityManager;

  @Test
  void inboxRowsOlderThanTheRetentionAreForgottenAndRecentOnesKept() {
    UUID old = received(Instant.now().minus(Duration.ofDays(91)));
    UUID recent = received(Instant.now().minus(Duration.ofDays(89)));

    assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

    assertThat(remembered(old)).isFalse();
    assertThat(remembered(recent)).isTrue();
  }

  private UUID received(Instant at) {
    UUID eventId = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "insert into inbox_message (consumer, event_id, event_type, received_at)"
                            + " values ('purge-test', :id, 'Test', :at)")
                    .setParameter("id", eventId)
                    .setParameter("at", at)
                    .executeUpdate());
    return eventId;
  }

  private boolean remembered(UUID eventId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                            entityManager
                                .createNativeQuery(
                                    "select count(*) from inbox_message where event_id = :id")
                                .setParameter("id", eventId)
                                .getSingleResult())
                        .longValue()
                    == 1);
  }
}
