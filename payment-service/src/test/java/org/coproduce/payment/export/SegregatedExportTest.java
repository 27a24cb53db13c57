package org.coproduce.payment.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.payment.Fixtures.ADMIN;
import static org.coproduce.payment.Fixtures.COORDINATOR;
import static org.coproduce.payment.Fixtures.FINANCE;
import static org.coproduce.payment.Fixtures.SECOND_FINANCE;
import static org.coproduce.payment.export.ExportBatchResourceTest.approvedFee;
import static org.coproduce.payment.export.ExportBatchResourceTest.create;
import static org.coproduce.payment.export.ExportBatchResourceTest.created;
import static org.coproduce.payment.export.ExportBatchResourceTest.download;
import static org.coproduce.payment.export.ExportBatchResourceTest.firstLineOf;
import static org.coproduce.payment.export.ExportBatchResourceTest.idOf;
import static org.coproduce.payment.export.ExportBatchResourceTest.outcomes;
import static org.coproduce.payment.export.ExportBatchResourceTest.payee;
import static org.coproduce.payment.export.ExportBatchResourceTest.period;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A finance officer cannot divert a payment alone: unconfirmed bank details are never exported,
 * whoever changed a payee's details last does not batch their lines, and whoever made a batch does
 * not record what was paid from it.
 */
@QuarkusTest
class SegregatedExportTest {
  static final String FRED = Tokens.of("fred.finance", "finance");

  static void setBankDetails(String token, UUID person, String accountNumber) {
    Map<String, Object> details = new HashMap<>();
    details.put("route", "BACS");
    details.put("bankAccountName", "Pat Payee");
    details.put("sortCode", "40-11-22");
    details.put("accountNumber", accountNumber);
    details.put("receivesBenefits", false);
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(details)
        .put("/api/v1/payees/{id}", person)
        .then()
        .statusCode(org.hamcrest.Matchers.either(equalTo(200)).or(equalTo(201)));
  }

  @Test
  void bankDetailsAwaitingConfirmationAreNotExportedTheConfirmedOnesAre() {
    LocalDate day = LocalDate.of(2026, 6, 1);
    UUID person = UUID.randomUUID();
    setBankDetails(Tokens.volunteer("pat.payee", person), person, "11223344");
    setBankDetails(COORDINATOR, person, "99887766");
    approvedFee(person, "2.0", day);

    UUID batch = idOf(created(period("BACS", day)));

    String csv = new String(download(batch, "csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains("11223344").doesNotContain("99887766");
  }

  @Test
  void aBacsLineWithOnlyUnconfirmedBankDetailsIsHeld() {
    LocalDate day = LocalDate.of(2026, 6, 2);
    UUID person = UUID.randomUUID();
    setBankDetails(COORDINATOR, person, "55443322");
    UUID line = firstLineOf(approvedFee(person, "2.0", day));

    create(
            Map.of(
                "route",
                "BACS",
                "from",
                day.toString(),
                "to",
                day.toString(),
                "lineIds",
                List.of(line)))
        .then()
        .statusCode(422);
  }

  @Test
  void whoeverChangedAPayeesDetailsLastDoesNotBatchTheirLines() {
    LocalDate day = LocalDate.of(2026, 6, 3);
    UUID person = payee("VOUCHER", null);
    given()
        .auth()
        .oauth2(FRED)
        .contentType(ContentType.JSON)
        .body(Map.of("route", "VOUCHER", "receivesBenefits", true))
        .put("/api/v1/payees/{id}", person)
        .then()
        .statusCode(200);
    approvedFee(person, "2.0", day);

    given()
        .auth()
        .oauth2(FRED)
        .contentType(ContentType.JSON)
        .body(period("VOUCHER", day))
        .post("/api/v1/export-batches")
        .then()
        .statusCode(403)
        .body("detail", containsString("another finance officer makes the batch"));
    created(period("VOUCHER", day));
  }

  @Test
  void theFinanceOfficerWhoMadeABatchDoesNotRecordWhatWasPaid() {
    LocalDate day = LocalDate.of(2026, 6, 4);
    UUID line = firstLineOf(approvedFee(payee("PAYROLL", null), "2.0", day));
    UUID batch = idOf(created(period("PAYROLL", day)));
    given()
        .auth()
        .oauth2(FINANCE)
        .get("/api/v1/export-batches/{id}", batch)
        .then()
        .body("madeByYou", equalTo(true));

    given()
        .auth()
        .oauth2(FINANCE)
        .contentType(ContentType.JSON)
        .body(Map.of("outcomes", List.of(Map.of("lineId", line, "outcome", "PAID"))))
        .post("/api/v1/export-batches/{id}/outcomes", batch)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("you made this batch"));
    given()
        .auth()
        .oauth2(SECOND_FINANCE)
        .get("/api/v1/export-batches/{id}", batch)
        .then()
        .body("madeByYou", equalTo(false))
        .body("paidCount", equalTo(0));

    outcomes(batch, List.of(Map.of("lineId", line, "outcome", "PAID")))
        .then()
        .statusCode(200)
        .body("paidCount", equalTo(1));
  }

  @Test
  void anAdministratorMayRecordWhatWasPaidButNotMakeBatches() {
    LocalDate day = LocalDate.of(2026, 6, 5);
    UUID line = firstLineOf(approvedFee(payee("PAYROLL", null), "2.0", day));
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(period("PAYROLL", day))
        .post("/api/v1/export-batches")
        .then()
        .statusCode(403);
    UUID batch = idOf(created(period("PAYROLL", day)));

    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "outcomes",
                List.of(Map.of("lineId", line, "outcome", "FAILED", "reason", "Closed"))))
        .post("/api/v1/export-batches/{id}/outcomes", batch)
        .then()
        .statusCode(200)
        .body("failedCount", equalTo(1));
  }
}
