package org.coproduce.payment.recovery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduce.events.Topics;
import org.coproduce.payment.BankDetailsKeyResource;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.PrivateKafkaBroker;
import org.coproduce.testing.ServiceProcess;
import org.coproduce.testing.Tokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * payment-service as it runs in production, its packaged jar in a process of its own, killed with
 * SIGKILL while it works through a backlog: claims are committed, their events wait in the outbox
 * and the offsets of the participations behind them are not yet committed to Kafka. After a restart
 * the participations come again and the outbox is sent, and the books hold one fee per
 * participation. Runs in the integration-test phase because it needs the packaged jar.
 */
class KilledServiceRecoveryIT {
  private static final Logger LOG = Logger.getLogger(KilledServiceRecoveryIT.class);
  private static final int PARTICIPATIONS = 300;
  private static final String FEE_CLAIMS = "payment-service.fee-claims";
  private static final String GROUP = "payment-service";
  private static final Duration RESUMES_WITHIN = Duration.ofSeconds(15);

  private static EmbeddedPostgres postgres;
  private static PrivateKafkaBroker broker;
  private static OidcWiremockTestResource identityProvider;
  private static ServiceProcess service;

  @BeforeAll
  static void startInfrastructure() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    broker = new PrivateKafkaBroker();
    broker.start();
    identityProvider = new OidcWiremockTestResource();
    Map<String, String> oidc = identityProvider.start();
    service =
        ServiceProcess.of(Path.of("target", "quarkus-app", "quarkus-run.jar"))
            .systemProperty(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"))
            .systemProperty("quarkus.datasource.username", "postgres")
            .systemProperty("quarkus.datasource.password", "postgres")
            .systemProperty("quarkus.flyway.username", "postgres")
            .systemProperty("quarkus.flyway.password", "postgres")
            .systemProperty("kafka.bootstrap.servers", broker.bootstrapServers())
            .systemProperty(
                "quarkus.oidc.auth-server-url", oidc.get("keycloak.url") + "/realms/quarkus/")
            .systemProperty("coproduce.payment.bank-details.key", BankDetailsKeyResource.KEY)
            .log(Path.of("target", "killed-service-recovery.log"))
            .build();
  }

  @AfterAll
  static void stopInfrastructure() throws IOException {
    if (service != null) {
      service.close();
    }
    if (broker != null) {
      broker.stop();
    }
    if (identityProvider != null) {
      identityProvider.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  /** What the database and the consumer group held when the process died. */
  record AtTheKill(
      long claims, long unpublished, long handled, long committedOffsets, Set<String> members) {}

  @Test
  void killingTheServiceBetweenCommitAndPublishLeavesOneFeeClaimPerParticipationAfterARestart() {
    Books books = new Books(postgres.getPostgresDatabase(), broker.bootstrapServers());
    Backlog backlog = Backlog.of(PARTICIPATIONS, 20261124);
    service.start();
    KafkaProbe.sendAll(broker.bootstrapServers(), Topics.INVOLVEMENT_EVENTS, backlog.messages());

    AtTheKill killed = killBetweenCommitAndPublish(books);
    LOG.infof("At the kill: %s", killed);
    // The backlog may arrive as one batch (up to 500 records, one transaction), so the kill can
    // come after all of its claims committed; what matters is that none was yet published nor
    // acknowledged to Kafka, which the next two assertions prove.
    assertThat(killed.claims()).as("claims committed").isPositive();
    assertThat(killed.unpublished()).as("committed claims whose event was not sent").isPositive();
    assertThat(killed.committedOffsets())
        .as("offsets committed to Kafka for the events handled")
        .isLessThan(killed.handled());

    service.start();
    Duration resumed = consumptionResumes(killed);
    LOG.infof(
        "The restarted service held its partitions again %d ms after it was ready",
        resumed.toMillis());
    assertThat(resumed).as("from ready to consuming again").isLessThan(RESUMES_WITHIN);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                books.amountPerParticipation().equals(backlog.expectedFees())
                    && books.unpublishedEvents() == 0
                    && books.claimCreatedEventsPerClaim().size() == PARTICIPATIONS);
    books.assertEveryParticipationPaidOnce(backlog);
    Map.Entry<UUID, Long> someClaim = books.amountPerClaim().entrySet().iterator().next();
    given()
        .baseUri(service.baseUrl())
        .auth()
        .oauth2(Tokens.of("fiona.finance", "finance"))
        .get("/api/v1/claims/{id}", someClaim.getKey())
        .then()
        .statusCode(200)
        .body("amountPence", equalTo(someClaim.getValue().intValue()));
  }

  /**
   * How long after the restarted instance is ready it holds the partitions again (a stable group
   * without the killed member). The killed member is not there to leave the group, so its
   * partitions are held until its session times out (Kafka's default, 45 s, was measured as 46 s of
   * nothing; the platform's is 10 s).
   */
  private static Duration consumptionResumes(AtTheKill killed) {
    Instant ready = Instant.now();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              Set<String> members = KafkaProbe.activeMembers(broker.bootstrapServers(), GROUP);
              return !members.isEmpty() && members.stream().noneMatch(killed.members()::contains);
            });
    return Duration.between(ready, Instant.now());
  }

  /**
   * Kills the process once some claims are committed while an event of theirs waits in the outbox.
   * The relay sends within milliseconds of a commit, so the row seen may be sent in the instant
   * before the kill; then the service is started again and killed again, as a crash-looping
   * instance would be.
   */
  private static AtTheKill killBetweenCommitAndPublish(Books books) {
    for (int attempt = 1; ; attempt++) {
      long before = books.claims();
      await()
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofMillis(10))
          .until(() -> books.claims() >= before + 20 && books.unpublishedEvents() > 0);
      Set<String> members = KafkaProbe.activeMembers(broker.bootstrapServers(), GROUP);
      service.kill();
      AtTheKill killed =
          new AtTheKill(
              books.claims(),
              books.unpublishedEvents(),
              books.handled(FEE_CLAIMS),
              KafkaProbe.committed(broker.bootstrapServers(), GROUP, Topics.INVOLVEMENT_EVENTS),
              members);
      if (killed.unpublished() > 0 || attempt == 3) {
        return killed;
      }
      service.start();
    }
  }
}
