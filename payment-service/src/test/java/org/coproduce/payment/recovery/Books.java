package org.coproduce.payment.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.coproduce.events.Contract;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;

/**
 * What payment-service's database and topics hold, read with SQL and a Kafka consumer rather than
 * through the service, so a test sees what is really there after a failure.
 */
final class Books {
  private final DataSource database;
  private final String bootstrapServers;

  Books(DataSource database, String bootstrapServers) {
    this.database = database;
    this.bootstrapServers = bootstrapServers;
  }

  long claims() {
    return count("select count(*) from claim where kind = 'FEE'");
  }

  /** Events committed with their change and not yet sent to Kafka. */
  long unpublishedEvents() {
    return count("select count(*) from outbox_message where published_at is null");
  }

  /** Events a consumer has handled (each once, whatever its deliveries). */
  long handled(String consumer) {
    return count("select count(*) from inbox_message where consumer = '" + consumer + "'");
  }

  Map<UUID, Long> claimsPerParticipation() {
    return map(
        "select participation_id, count(*) from claim where kind = 'FEE' group by participation_id");
  }

  Map<UUID, Long> amountPerParticipation() {
    return map("select participation_id, amount_pence from claim where kind = 'FEE'");
  }

  /** Each claim with the sum of its ledger entries. */
  Map<UUID, Long> ledgerSumPerClaim() {
    return map(
        "select c.id, coalesce(sum(e.amount_pence), 0) from claim c"
            + " left join ledger_entry e on e.claim_id = c.id group by c.id");
  }

  Map<UUID, Long> amountPerClaim() {
    return map("select id, amount_pence from claim");
  }

  /** The event ids of every PaymentClaimCreated on the topic, per claim. */
  Map<UUID, Set<UUID>> claimCreatedEventsPerClaim() {
    Map<UUID, Set<UUID>> events = new HashMap<>();
    for (EventEnvelope event : KafkaProbe.events(bootstrapServers, Topics.PAYMENT_EVENTS)) {
      if (event.type().equals(Contract.PAYMENT_CLAIM_CREATED.type())) {
        events
            .computeIfAbsent(UUID.fromString(event.aggregateId()), id -> new HashSet<>())
            .add(event.eventId());
      }
    }
    return events;
  }

  /**
   * After recovery: one fee claim per participation at its final fee, ledgers that add up to each
   * claim, each claim's creation announced (repeats only as the same event, which consumers drop)
   * and nothing parked as unreadable.
   */
  void assertEveryParticipationPaidOnce(Backlog backlog) {
    Map<UUID, Long> once = new HashMap<>();
    backlog.finalHours().keySet().forEach(id -> once.put(id, 1L));
    assertThat(claimsPerParticipation()).isEqualTo(once);
    assertThat(amountPerParticipation()).isEqualTo(backlog.expectedFees());
    assertThat(ledgerSumPerClaim()).isEqualTo(amountPerClaim());
    assertThat(unpublishedEvents()).isZero();
    Map<UUID, Set<UUID>> announced = claimCreatedEventsPerClaim();
    assertThat(announced.keySet()).isEqualTo(amountPerClaim().keySet());
    assertThat(announced.values()).allSatisfy(eventIds -> assertThat(eventIds).hasSize(1));
    assertThat(KafkaProbe.records(bootstrapServers, Topics.deadLetter(Topics.INVOLVEMENT_EVENTS)))
        .isEmpty();
  }

  private long count(String sql) {
    return query(
        sql,
        rows -> {
          try {
            rows.next();
            return rows.getLong(1);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private Map<UUID, Long> map(String sql) {
    return query(
        sql,
        rows -> {
          Map<UUID, Long> result = new HashMap<>();
          try {
            while (rows.next()) {
              result.put(rows.getObject(1, UUID.class), rows.getLong(2));
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
          return result;
        });
  }

  private <T> T query(String sql, Function<ResultSet, T> read) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return read.apply(rows);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
