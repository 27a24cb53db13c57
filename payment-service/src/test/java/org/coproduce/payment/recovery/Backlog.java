package org.coproduce.payment.recovery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.coproduce.events.Event;
import org.coproduce.events.EventCodec;
import org.coproduce.events.ParticipationCorrected;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.ParticipationRecordedV1;
import org.coproduce.testing.Tokens;

/**
 * Participations as involvement-service announces them and an unreliable network delivers them:
 * some messages twice, some participations announced again under a new event id, some in the old
 * version 1, some corrected once or twice. Knows the fee each participation must end up with.
 */
final class Backlog {
  private static final String[] HOURS = {"0.5", "1", "1.75", "2", "2.5", "4"};
  private static final String RECORDER = Tokens.subjectOf("cora.coordinator");
  private static final LocalDate DAY = LocalDate.of(2026, 10, 14);

  private final List<Map.Entry<String, String>> messages = new ArrayList<>();
  private final Map<UUID, BigDecimal> finalHours = new LinkedHashMap<>();

  /**
   * The participations' first announcements, then the repeats and corrections: every message of a
   * participation is keyed by it, so each follows its own in order, as in production.
   */
  static Backlog of(int participations, long seed) {
    Random random = new Random(seed);
    Backlog backlog = new Backlog();
    List<Map.Entry<String, String>> later = new ArrayList<>();
    for (int i = 0; i < participations; i++) {
      ParticipationRecorded recorded = participation(random);
      Event announced = i % 5 == 0 ? version1(recorded) : recorded;
      Map.Entry<String, String> message = message(announced);
      backlog.messages.add(message);
      backlog.finalHours.put(recorded.participationId(), recorded.hours());
      if (i % 10 == 1) {
        backlog.messages.add(message);
      }
      if (i % 10 == 4) {
        later.add(message);
      }
      if (i % 10 == 7) {
        later.add(message(recorded));
      }
      if (i % 5 == 2) {
        backlog.correct(recorded, random, later);
        if (i % 20 == 2) {
          backlog.correct(recorded, random, later);
        }
      }
    }
    backlog.messages.addAll(later);
    return backlog;
  }

  List<Map.Entry<String, String>> messages() {
    return messages;
  }

  Map<UUID, BigDecimal> finalHours() {
    return finalHours;
  }

  int participations() {
    return finalHours.size();
  }

  /** The rate card 2026-04: under two hours £10, two hours or more £20. */
  Map<UUID, Long> expectedFees() {
    Map<UUID, Long> fees = new LinkedHashMap<>();
    finalHours.forEach(
        (id, hours) -> fees.put(id, hours.compareTo(BigDecimal.valueOf(2)) < 0 ? 1000L : 2000L));
    return fees;
  }

  private void correct(
      ParticipationRecorded recorded, Random random, List<Map.Entry<String, String>> into) {
    BigDecimal previous = finalHours.get(recorded.participationId());
    BigDecimal hours = new BigDecimal(HOURS[random.nextInt(HOURS.length)]);
    into.add(
        message(
            new ParticipationCorrected(
                UUID.randomUUID(),
                recorded.participationId(),
                recorded.personId(),
                recorded.projectId(),
                recorded.activityType(),
                recorded.date(),
                previous,
                hours,
                RECORDER)));
    finalHours.put(recorded.participationId(), hours);
  }

  private static ParticipationRecorded participation(Random random) {
    return new ParticipationRecorded(
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        "FOCUS_GROUP",
        DAY,
        new BigDecimal(HOURS[random.nextInt(HOURS.length)]),
        RECORDER,
        UUID.randomUUID(),
        UUID.randomUUID());
  }

  private static ParticipationRecordedV1 version1(ParticipationRecorded recorded) {
    return new ParticipationRecordedV1(
        recorded.participationId(),
        recorded.personId(),
        recorded.projectId(),
        recorded.activityType(),
        recorded.date(),
        recorded.hours(),
        recorded.recordedBy());
  }

  /** A new envelope (a new event id) around the event, keyed by its participation. */
  private static Map.Entry<String, String> message(Event event) {
    return Map.entry(
        event.aggregateId(),
        EventCodec.write(
            EventCodec.envelope(
                event, UUID.randomUUID(), Instant.now(), "involvement-service", "recovery-test")));
  }
}
