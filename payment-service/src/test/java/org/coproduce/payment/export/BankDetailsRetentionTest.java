package org.coproduce.payment.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.payment.Fixtures.COORDINATOR;
import static org.coproduce.payment.Fixtures.publish;
import static org.coproduce.payment.export.ExportBatchResourceTest.approvedFee;
import static org.coproduce.payment.export.ExportBatchResourceTest.created;
import static org.coproduce.payment.export.ExportBatchResourceTest.csvRows;
import static org.coproduce.payment.export.ExportBatchResourceTest.download;
import static org.coproduce.payment.export.ExportBatchResourceTest.firstLineOf;
import static org.coproduce.payment.export.ExportBatchResourceTest.idOf;
import static org.coproduce.payment.export.ExportBatchResourceTest.outcomes;
import static org.coproduce.payment.export.ExportBatchResourceTest.payee;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.PersonErased;
import org.junit.jupiter.api.Test;

/**
 * Export lines keep a copy of the payee's bank details; they are wiped once the line has been
 * settled for the retention period, and at once (or at settlement) for an erased person.
 */
@QuarkusTest
class BankDetailsRetentionTest {
  static final String ACCOUNT_NUMBER = "31926819";

  @Inject BankDetailsRetention retention;
  @Inject EntityManager entityManager;

  /** A batch of exactly these lines of BACS payees on the day. */
  static UUID batchOf(LocalDate day, UUID... lines) {
    return idOf(
        created(
            Map.of(
                "route",
                "BACS",
                "from",
                day.toString(),
                "to",
                day.toString(),
                "lineIds",
                List.of(lines))));
  }

  static void paid(UUID batch, UUID line) {
    outcomes(batch, List.of(Map.of("lineId", line, "outcome", "PAID"))).then().statusCode(200);
  }

  /** The CSV row of the line, as finance downloads it. */
  static List<String> rowOf(UUID batch, UUID line) throws Exception {
    return csvRows(download(batch, "csv")).stream()
        .filter(row -> row.contains(line.toString()))
        .findFirst()
        .orElseThrow();
  }

  void settledDaysAgo(UUID line, int days) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "update export_line set outcome_at = :at where claim_line_id = :line")
                    .setParameter("at", Instant.now().minus(Duration.ofDays(days)))
                    .setParameter("line", line)
                    .executeUpdate());
  }

  @Test
  void settledLinesLoseTheirBankDetailsOnceTheRetentionHasPassed() throws Exception {
    LocalDate day = LocalDate.of(2026, 6, 2);
    UUID oldLine = firstLineOf(approvedFee(payee("BACS", "Ola Old"), "2.0", day));
    UUID recentLine = firstLineOf(approvedFee(payee("BACS", "Rae Recent"), "2.0", day));
    UUID awaitingLine = firstLineOf(approvedFee(payee("BACS", "Al Awaiting"), "2.0", day));
    UUID batch = batchOf(day, oldLine, recentLine, awaitingLine);
    paid(batch, oldLine);
    paid(batch, recentLine);
    settledDaysAgo(oldLine, 91);
    settledDaysAgo(recentLine, 89);

    retention.wipeExpired();

    assertThat(rowOf(batch, oldLine)).doesNotContain(ACCOUNT_NUMBER, "Ola Old");
    assertThat(rowOf(batch, recentLine)).contains(ACCOUNT_NUMBER, "Rae Recent");
    assertThat(rowOf(batch, awaitingLine)).contains(ACCOUNT_NUMBER, "Al Awaiting");
  }

  @Test
  void erasureWipesSettledLinesAtOnceAndLinesInFlightWhenTheyAreSettled() throws Exception {
    UUID eve = payee("BACS", "Eve Erased");
    LocalDate settledDay = LocalDate.of(2026, 6, 3);
    LocalDate inFlightDay = LocalDate.of(2026, 6, 4);
    UUID settledLine = firstLineOf(approvedFee(eve, "2.0", settledDay));
    UUID inFlightLine = firstLineOf(approvedFee(eve, "2.0", inFlightDay));
    UUID settledBatch = batchOf(settledDay, settledLine);
    UUID inFlightBatch = batchOf(inFlightDay, inFlightLine);
    paid(settledBatch, settledLine);

    publish(new PersonErased(eve, Instant.now()));

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !rowOf(settledBatch, settledLine).contains(ACCOUNT_NUMBER));
    assertThat(rowOf(settledBatch, settledLine)).doesNotContain("Eve Erased");
    assertThat(rowOf(inFlightBatch, inFlightLine)).contains(ACCOUNT_NUMBER, "Eve Erased");

    paid(inFlightBatch, inFlightLine);

    assertThat(rowOf(inFlightBatch, inFlightLine)).doesNotContain(ACCOUNT_NUMBER, "Eve Erased");
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/subject-access/{id}", eve)
        .then()
        .statusCode(200)
        .body("sections.exportLines", hasSize(2))
        .body("sections.exportLines[0].outcome", equalTo("PAID"));
  }
}
