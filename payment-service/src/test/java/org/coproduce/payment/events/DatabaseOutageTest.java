package org.coproduce.payment.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.Topics;
import org.coproduce.payment.Fixtures;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * The database out of reach for about 20 s while participations keep arriving (every connection of
 * the pool held, so the consumer gets "Unable to acquire JDBC Connection", as in a real outage):
 * the consumer waits and retries, nothing is parked, and afterwards every participation has one
 * claim.
 */
@QuarkusTest
class DatabaseOutageTest {
  private static final String FEE_CLAIMS = "payment-service.fee-claims";
  private static final int TRIES_DURING_OUTAGE = 4;

  @Inject AgroalDataSource dataSource;
  @Inject MeterRegistry registry;

  @Test
  void participationsArrivingWhileTheDatabaseIsUnavailableEachGetOneClaimAndNoneIsParked()
      throws SQLException {
    List<ParticipationRecorded> recorded =
        IntStream.range(0, 5)
            .mapToObj(i -> Fixtures.participation(UUID.randomUUID(), "2"))
            .toList();
    double retriesBefore = retries();

    List<Connection> held = holdEveryConnection();
    try {
      recorded.forEach(Fixtures::publish);
      // each try waits the pool's 5 s acquisition timeout, then backs off: four tries is ~20 s
      await("the consumer retries through the outage")
          .atMost(Duration.ofSeconds(120))
          .until(() -> retries() >= retriesBefore + TRIES_DURING_OUTAGE);
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }

    recorded.forEach(r -> assertThat(awaitOneClaim(r.personId())).isEqualTo(1));
    List<String> ids = recorded.stream().map(r -> r.participationId().toString()).toList();
    assertThat(KafkaProbe.records(kafka(), Topics.deadLetter(Topics.INVOLVEMENT_EVENTS)))
        .noneMatch(parked -> ids.stream().anyMatch(id -> parked.value().contains(id)));
  }

  private static int awaitOneClaim(UUID personId) {
    await().atMost(Fixtures.CATCH_UP).until(() -> !Fixtures.claimsOf(personId).isEmpty());
    return Fixtures.claimsOf(personId).size();
  }

  /** Takes every connection of the service's pool, as the consumer frees them. */
  private List<Connection> holdEveryConnection() {
    int size = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
    List<Connection> held = new ArrayList<>();
    await("every connection held")
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              try {
                held.add(dataSource.getConnection());
              } catch (SQLException busy) {
                // all in use right now: the next try gets one as it is freed
              }
              return held.size() == size;
            });
    return held;
  }

  private double retries() {
    Counter counter =
        registry.find("coproduce.consumer.retries").tag("consumer", FEE_CLAIMS).counter();
    return counter == null ? 0 : counter.count();
  }

  private static String kafka() {
    return SharedKafkaResource.bootstrapServers();
  }
}
