package org.coproduce.payment.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.PrivateKafkaBroker;
import org.coproduce.testing.PrivateKafkaResource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The broker goes away while payment-service is consuming participations and publishing claims, and
 * comes back with its data: offsets not yet committed are delivered again, events the relay could
 * not send are sent late, and the books still hold one fee per participation.
 */
@QuarkusTest
@TestProfile(BrokerOutageRecoveryTest.OwnBroker.class)
class BrokerOutageRecoveryTest {
  private static final Logger LOG = Logger.getLogger(BrokerOutageRecoveryTest.class);
  private static final int PARTICIPATIONS = 300;

  public static class OwnBroker implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(PrivateKafkaResource.class));
    }

    /** Small fetches, so the outage cuts the stream rather than finding all of it fetched. */
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "mp.messaging.incoming.involvement-events.max.poll.records", "10",
          "mp.messaging.incoming.involvement-events.max.partition.fetch.bytes", "1024");
    }
  }

  @PrivateKafkaResource.Broker PrivateKafkaBroker broker;
  @Inject DataSource database;

  @Test
  void stoppingTheBrokerMidStreamLeavesOneFeeClaimPerParticipationAndBalancedBooks() {
    Books books = new Books(database, broker.bootstrapServers());
    Backlog backlog = Backlog.of(PARTICIPATIONS, 20261123);
    KafkaProbe.sendAll(broker.bootstrapServers(), Topics.INVOLVEMENT_EVENTS, backlog.messages());

    await().atMost(Duration.ofMinutes(1)).until(() -> books.claims() >= 20);
    broker.stop();
    long claimsWhenStopped = books.claims();
    LOG.infof(
        "Broker stopped with %d claims, %d events unpublished",
        claimsWhenStopped, books.unpublishedEvents());
    assertThat(claimsWhenStopped)
        .as("the broker stopped while the stream was being consumed")
        .isLessThan(PARTICIPATIONS);
    broker.start();

    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                books.amountPerParticipation().equals(backlog.expectedFees())
                    && books.unpublishedEvents() == 0
                    && books.claimCreatedEventsPerClaim().size() == PARTICIPATIONS);
    books.assertEveryParticipationPaidOnce(backlog);
  }
}
