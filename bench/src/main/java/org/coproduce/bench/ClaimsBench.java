package org.coproduce.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coproduce.events.EventCodec;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.PaymentClaimCreated;
import org.coproduce.events.Topics;
import org.coproduce.launcher.health.Health;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.Tokens;

/**
 * Fee claims raised by payment-service from a backlog of {@code ParticipationRecorded} events, and
 * the same rows written by a plain JDBC loader into the same database in the same run.
 *
 * <p>The backlog is on the topic before the service starts; the service's rate is taken from its
 * own claims' creation times (first to last), so start-up does not count. The plain loader writes,
 * per participation, the five rows the service writes for it (inbox, claim, line, ledger entry,
 * outbox) with one INSERT each and one commit per participation, over one connection, as the
 * service's one consumer does: what a careful but naive loader would do. Its outbox rows are
 * written as already sent, so the running service's relay does not publish them while it is timed.
 */
final class ClaimsBench {
  static final String CONSUMER = "payment-service.fee-claims";
  private static final String RECORDER = Tokens.subjectOf("rita.recorder");
  private static final int PERSONS = 1000;
  private static final long FEE_PENCE = 2000;
  private static final Duration TIMEOUT = Duration.ofMinutes(20);

  private final Stack stack;
  private final List<ParticipationRecorded> events = new ArrayList<>();

  ClaimsBench(Stack stack) {
    this.stack = stack;
  }

  record Result(int claims, double serviceRate, double plainRate) {
    String line() {
      return String.format(
          "claims from %,d events: %,.0f/s; plain INSERT of the same rows: %,.0f/s; ratio %.2f"
              + " (target >= 0.5)",
          claims, serviceRate, plainRate, serviceRate / plainRate);
    }
  }

  /** Puts the backlog on the topic; call before the service starts. */
  void produceBacklog(int count) {
    List<UUID> persons = new ArrayList<>();
    for (int i = 0; i < PERSONS; i++) {
      persons.add(UUID.randomUUID());
    }
    KafkaProbe.createTopics(stack.kafka());
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      for (int i = 0; i < count; i++) {
        ParticipationRecorded event =
            new ParticipationRecorded(
                UUID.randomUUID(),
                persons.get(i % PERSONS),
                UUID.randomUUID(),
                "FOCUS_GROUP",
                LocalDate.of(2026, 10, 1 + i % 28),
                new BigDecimal("2.50"),
                RECORDER,
                UUID.randomUUID(),
                UUID.randomUUID());
        events.add(event);
        String message =
            EventCodec.write(
                EventCodec.envelope(
                    event, UUID.randomUUID(), Instant.now(), "involvement-service", "bench"));
        producer.send(
            new ProducerRecord<>(Topics.INVOLVEMENT_EVENTS, event.aggregateId(), message));
      }
      producer.flush();
    }
  }

  /** Waits for the service to raise every claim, then runs the plain loader. */
  Result measure() throws Exception {
    double serviceRate = awaitServiceClaims();
    double plainRate = plainInserts();
    return new Result(events.size(), serviceRate, plainRate);
  }

  private double awaitServiceClaims() throws Exception {
    try (Connection db = stack.database();
        PreparedStatement progress =
            db.prepareStatement(
                "select count(*), count(distinct participation_id), min(created_at),"
                    + " max(created_at) from claim where recorded_by = ?")) {
      progress.setString(1, RECORDER);
      Health.await(
          "payment-service",
          "it raised " + events.size() + " claims",
          TIMEOUT,
          stack.service(),
          () -> claimsSoFar(progress) >= events.size());
      try (ResultSet row = progress.executeQuery()) {
        row.next();
        long claims = row.getLong(1);
        if (row.getLong(2) != events.size() || claims != events.size()) {
          throw new IllegalStateException(
              claims + " claims for " + row.getLong(2) + " participations");
        }
        Instant first = row.getTimestamp(3).toInstant();
        Instant last = row.getTimestamp(4).toInstant();
        return (claims - 1) / (Duration.between(first, last).toNanos() / 1e9);
      }
    }
  }

  private static long claimsSoFar(PreparedStatement progress) {
    try (ResultSet row = progress.executeQuery()) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count the claims", e);
    }
  }

  private double plainInserts() throws Exception {
    try (Connection db = stack.database()) {
      db.setAutoCommit(false);
      try (PreparedStatement inbox =
              db.prepareStatement(
                  "insert into inbox_message (consumer, event_id, event_type) values (?, ?, ?)");
          PreparedStatement claim =
              db.prepareStatement(
                  "insert into claim (id, kind, participation_id, person_id, project_id,"
                      + " cost_centre, activity_type, activity_date, hours, amount_pence,"
                      + " rate_card_version, status, recorded_by, created_at, version)"
                      + " values (?, 'FEE', ?, ?, ?, 'PEX100', ?, ?, ?, ?, '2026-04', 'PENDING',"
                      + " ?, ?, 0)");
          PreparedStatement line =
              db.prepareStatement(
                  "insert into claim_line (id, claim_id, kind, amount_pence, hours,"
                      + " rate_card_version, raised_by, status, created_at)"
                      + " values (?, ?, 'FEE', ?, ?, '2026-04', ?, 'PENDING', ?)");
          PreparedStatement ledger =
              db.prepareStatement(
                  "insert into ledger_entry (id, claim_id, line_id, person_id, kind, account,"
                      + " amount_pence, cost_centre, project_id, tax_year, created_at)"
                      + " values (?, ?, ?, ?, 'CLAIM_RAISED', 'OWED', ?, 'PEX100', ?, ?, ?)");
          PreparedStatement outbox =
              db.prepareStatement(
                  "insert into outbox_message (id, topic, message_key, event_type, payload,"
                      + " created_at, published_at) values (?, ?, ?, ?, ?, ?, ?)")) {
        long began = System.nanoTime();
        for (ParticipationRecorded event : events) {
          UUID participationId = UUID.randomUUID();
          UUID claimId = UUID.randomUUID();
          UUID lineId = UUID.randomUUID();
          Timestamp now = Timestamp.from(Instant.now());
          inbox.setObject(1, CONSUMER);
          inbox.setObject(2, UUID.randomUUID());
          inbox.setString(3, "ParticipationRecorded");
          inbox.executeUpdate();
          claim.setObject(1, claimId);
          claim.setObject(2, participationId);
          claim.setObject(3, event.personId());
          claim.setObject(4, event.projectId());
          claim.setString(5, event.activityType());
          claim.setObject(6, event.date());
          claim.setBigDecimal(7, event.hours());
          claim.setLong(8, FEE_PENCE);
          claim.setString(9, RECORDER);
          claim.setTimestamp(10, now);
          claim.executeUpdate();
          line.setObject(1, lineId);
          line.setObject(2, claimId);
          line.setLong(3, FEE_PENCE);
          line.setBigDecimal(4, event.hours());
          line.setString(5, RECORDER);
          line.setTimestamp(6, now);
          line.executeUpdate();
          ledger.setObject(1, UUID.randomUUID());
          ledger.setObject(2, claimId);
          ledger.setObject(3, lineId);
          ledger.setObject(4, event.personId());
          ledger.setLong(5, FEE_PENCE);
          ledger.setObject(6, event.projectId());
          ledger.setString(7, "2026-27");
          ledger.setTimestamp(8, now);
          ledger.executeUpdate();
          UUID eventId = UUID.randomUUID();
          outbox.setObject(1, eventId);
          outbox.setString(2, Topics.PAYMENT_EVENTS);
          outbox.setString(3, claimId.toString());
          outbox.setString(4, "PaymentClaimCreated");
          outbox.setString(
              5,
              EventCodec.write(
                  EventCodec.envelope(
                      new PaymentClaimCreated(
                          claimId, participationId, event.personId(), FEE_PENCE, "2026-04"),
                      eventId,
                      now.toInstant(),
                      "payment-service",
                      "bench")));
          outbox.setTimestamp(6, now);
          outbox.setTimestamp(7, now);
          outbox.executeUpdate();
          db.commit();
        }
        return events.size() / ((System.nanoTime() - began) / 1e9);
      }
    }
  }
}
