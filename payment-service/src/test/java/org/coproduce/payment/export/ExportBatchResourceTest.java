package org.coproduce.payment.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.payment.Fixtures.ADMIN;
import static org.coproduce.payment.Fixtures.CATCH_UP;
import static org.coproduce.payment.Fixtures.COORDINATOR;
import static org.coproduce.payment.Fixtures.FINANCE;
import static org.coproduce.payment.Fixtures.SECOND_FINANCE;
import static org.coproduce.payment.Fixtures.claim;
import static org.coproduce.payment.Fixtures.claimsOf;
import static org.coproduce.payment.Fixtures.correction;
import static org.coproduce.payment.Fixtures.participation;
import static org.coproduce.payment.Fixtures.publish;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.Contract;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.PersonErased;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportBatchResourceTest {
  static final String FINANCE_ACCOUNT = Tokens.subjectOf("fiona.finance");

  @Inject EntityManager entityManager;

  /**
   * A person paid by the route, with bank details (account name as given) for BACS, which a
   * coordinator enters and an administrator confirms.
   */
  static UUID payee(String route, String accountName) {
    UUID person = UUID.randomUUID();
    Map<String, Object> details = new HashMap<>();
    details.put("route", route);
    details.put("receivesBenefits", false);
    if (route.equals("BACS")) {
      details.put("bankAccountName", accountName);
      details.put("sortCode", "20-45-56");
      details.put("accountNumber", "31926819");
    }
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(details)
        .put("/api/v1/payees/{id}", person)
        .then()
        .statusCode(201);
    if (route.equals("BACS")) {
      given()
          .auth()
          .oauth2(ADMIN)
          .post("/api/v1/payees/{id}/pending-change/confirmation", person)
          .then()
          .statusCode(200);
    }
    return person;
  }

  /** Publishes a participation and waits for its fee claim; returns the claim id. */
  static UUID feeClaim(ParticipationRecorded participation) {
    publish(participation);
    await()
        .atMost(CATCH_UP)
        .until(
            () ->
                claimsOf(participation.personId()).stream()
                    .anyMatch(
                        c ->
                            participation
                                .participationId()
                                .toString()
                                .equals(c.get("participationId"))));
    return UUID.fromString(
        (String)
            claimsOf(participation.personId()).stream()
                .filter(
                    c ->
                        participation.participationId().toString().equals(c.get("participationId")))
                .findFirst()
                .orElseThrow()
                .get("id"));
  }

  static UUID approvedFee(UUID person, String hours, LocalDate day) {
    UUID claimId = feeClaim(participation(person, hours, day));
    approve(claimId);
    return claimId;
  }

  static void approve(UUID claimId) {
    given()
        .auth()
        .oauth2(FINANCE)
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/v1/claims/{id}/approval", claimId)
        .then()
        .statusCode(200);
  }

  static UUID firstLineOf(UUID claimId) {
    return UUID.fromString(claim(claimId).getString("lines[0].id"));
  }

  static Response create(Map<String, Object> request) {
    return given()
        .auth()
        .oauth2(FINANCE)
        .contentType(ContentType.JSON)
        .body(request)
        .post("/api/v1/export-batches");
  }

  static Map<String, Object> period(String route, LocalDate day) {
    return Map.of("route", route, "from", day.toString(), "to", day.toString());
  }

  static JsonPath created(Map<String, Object> request) {
    return create(request).then().statusCode(201).extract().jsonPath();
  }

  static byte[] download(UUID batchId, String format) {
    return given()
        .auth()
        .oauth2(FINANCE)
        .get("/api/v1/export-batches/{id}/" + format, batchId)
        .then()
        .statusCode(200)
        .header("Content-Disposition", containsString("coproduce-export-" + batchId))
        .extract()
        .asByteArray();
  }

  static List<List<String>> csvRows(byte[] csv) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> rows =
        mapper.readerForListOf(String.class).readValues(csv)) {
      return rows.readAll();
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static UUID idOf(JsonPath batch) {
    return UUID.fromString(batch.getString("id"));
  }

  @Test
  void aBatchHoldsTheApprovedLinesOfItsRouteAndPeriodWithWhatFinanceNeeds() throws Exception {
    LocalDate day = LocalDate.of(2026, 5, 4);
    UUID sam = payee("BACS", "Sam Okafor");
    UUID pat = payee("PAYROLL", null);
    UUID waiting = payee("BACS", "Wai Ting");
    ParticipationRecorded samsSession = participation(sam, "2.5", day);
    UUID samsClaim = feeClaim(samsSession);
    approve(samsClaim);
    approvedFee(sam, "1.0", day);
    approvedFee(pat, "3.0", day);
    feeClaim(participation(waiting, "3.0", day));

    JsonPath batch = created(period("BACS", day));

    assertThat(batch.getInt("lineCount")).isEqualTo(2);
    assertThat(batch.getLong("totalPence")).isEqualTo(3000);
    assertThat(batch.getLong("awaitingCount")).isEqualTo(2);
    byte[] csv = download(idOf(batch), "csv");
    assertThat(sha256(csv)).isEqualTo(batch.getString("checksum"));
    List<List<String>> rows = csvRows(csv);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).containsExactlyElementsOf(ExportFiles.COLUMNS);
    Map<String, String> first = new HashMap<>();
    for (int i = 0; i < ExportFiles.COLUMNS.size(); i++) {
      first.put(ExportFiles.COLUMNS.get(i), rows.get(1).get(i));
    }
    assertThat(first)
        .containsEntry("batch_id", batch.getString("id"))
        .containsEntry("line_number", "1")
        .containsEntry("claim_id", samsClaim.toString())
        .containsEntry("route", "BACS")
        .containsEntry("line_type", "FEE")
        .containsEntry("claim_type", "FEE")
        .containsEntry("activity_date", "2026-05-04")
        .containsEntry("hours", "2.50")
        .containsEntry("rate_basis", "FLAT")
        .containsEntry("rate", "20.00")
        .containsEntry("rate_card_version", "2026-04")
        .containsEntry("amount", "20.00")
        .containsEntry("cost_centre", "PEX100")
        .containsEntry("subjective_code", "5701")
        .containsEntry("analysis_code", samsSession.projectId().toString())
        .containsEntry("approved_by", FINANCE_ACCOUNT)
        .containsEntry("account_name", "Sam Okafor")
        .containsEntry("sort_code", "20-45-56")
        .containsEntry("account_number", "31926819");
    assertThat(first.get("payee_reference")).matches("CP\\d{6}");
    assertThat(first.get("approved_at")).isNotBlank();
    assertThat(rows.get(2).get(ExportFiles.COLUMNS.indexOf("amount"))).isEqualTo("10.00");
  }

  @Test
  void everyApprovedLineIsExportedOnceSoASecondBatchFindsNothing() {
    LocalDate day = LocalDate.of(2026, 5, 5);
    UUID person = payee("VOUCHER", null);
    approvedFee(person, "2.0", day);
    created(period("VOUCHER", day));

    create(period("VOUCHER", day))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("No approved lines"))
        .body("errors.field", contains("route"));
  }

  @Test
  void exportingAnAlreadyExportedLineIsRefusedNamingItAndChangesNothing() {
    LocalDate day = LocalDate.of(2026, 5, 6);
    UUID person = payee("PAYROLL", null);
    UUID line = firstLineOf(approvedFee(person, "2.0", day));
    Map<String, Object> exactly = new HashMap<>(period("PAYROLL", day));
    exactly.put("lineIds", List.of(line));
    JsonPath first = created(exactly);
    long batches = batchCount();

    create(exactly)
        .then()
        .statusCode(422)
        .body("errors.field", contains("lineIds[1]"))
        .body("detail", containsString("already exported in batch " + first.getString("id")));

    assertThat(batchCount()).isEqualTo(batches);
  }

  @Test
  void aNamedLineThatIsNotApprovedIsRefused() {
    LocalDate day = LocalDate.of(2026, 5, 7);
    UUID person = payee("PAYROLL", null);
    UUID line = firstLineOf(feeClaim(participation(person, "2.0", day)));
    Map<String, Object> exactly = new HashMap<>(period("PAYROLL", day));
    exactly.put("lineIds", List.of(line));

    create(exactly)
        .then()
        .statusCode(422)
        .body("errors.field", contains("lineIds[1]"))
        .body("detail", containsString("is PENDING"));
  }

  @Test
  void theFilesDownloadAsTheSameBytesEveryTimeAndEachDownloadIsRecorded() throws Exception {
    LocalDate day = LocalDate.of(2026, 5, 8);
    UUID person = payee("BACS", "Jo Bloggs");
    approvedFee(person, "2.0", day);
    approvedFee(person, "1.5", day);
    UUID batch = idOf(created(period("BACS", day)));

    byte[] csv = download(batch, "csv");
    byte[] json = download(batch, "json");

    assertThat(download(batch, "csv")).isEqualTo(csv);
    assertThat(download(batch, "json")).isEqualTo(json);
    JsonNode document = new ObjectMapper().readTree(json);
    assertThat(document.get("checksum").asText()).isEqualTo(sha256(csv));
    assertThat(document.get("lineCount").asInt()).isEqualTo(2);
    assertThat(document.get("totalPence").asLong()).isEqualTo(3000);
    assertThat(document.get("lines")).hasSize(2);
    assertThat(document.get("lines").get(0).get("accountNumber").asText()).isEqualTo("31926819");
    given()
        .auth()
        .oauth2(FINANCE)
        .get("/api/v1/export-batches/{id}", batch)
        .then()
        .body("downloads.format", contains("CSV", "JSON", "CSV", "JSON"))
        .body("downloads.downloadedBy", hasSize(4));
  }

  @Test
  void cellsThatCouldRunAsFormulasAreNeutralisedAndNoCellStartsWithAMinus() throws Exception {
    LocalDate day = LocalDate.of(2026, 5, 11);
    List<String> names = List.of("=HYPERLINK(\"http://evil\")", "+SUM(A1)", "-2+3", "@cmd");
    for (String name : names) {
      UUID person = payee("BACS", name);
      ParticipationRecorded session = participation(person, "2.5", day);
      UUID claimId = feeClaim(session);
      approve(claimId);
      publish(correction(session, "2.5", "1.0", Tokens.subjectOf("cora.coordinator")));
      await().atMost(CATCH_UP).until(() -> claim(claimId).getList("lines").size() == 3);
      approve(claimId);
    }

    byte[] csv = download(idOf(created(period("BACS", day))), "csv");

    List<List<String>> rows = csvRows(csv);
    assertThat(rows).hasSize(1 + names.size() * 3);
    int accountName = ExportFiles.COLUMNS.indexOf("account_name");
    assertThat(rows.stream().skip(1).map(row -> row.get(accountName)).distinct())
        .containsExactlyInAnyOrderElementsOf(names.stream().map(name -> "'" + name).toList());
    assertThat(rows.stream().skip(1).map(row -> row.get(ExportFiles.COLUMNS.indexOf("amount"))))
        .contains("(20.00)", "10.00");
    for (List<String> row : rows) {
      for (String cell : row) {
        assertThat(cell).doesNotMatch("(?s)^[=+\\-@\t\r].*");
      }
    }
  }

  @Test
  void financeMarksLinesPaidOrFailedAndAFailedLineReturnsToTheQueue() {
    LocalDate day = LocalDate.of(2026, 5, 12);
    UUID paid = payee("PAYROLL", null);
    UUID failed = payee("PAYROLL", null);
    UUID paidClaim = approvedFee(paid, "2.0", day);
    UUID failedClaim = approvedFee(failed, "2.0", day);
    UUID paidLine = firstLineOf(paidClaim);
    UUID failedLine = firstLineOf(failedClaim);
    UUID batch = idOf(created(period("PAYROLL", day)));

    outcomes(
            batch,
            List.of(
                Map.of("lineId", paidLine, "outcome", "PAID"),
                Map.of("lineId", failedLine, "outcome", "FAILED", "reason", "Not on payroll yet")))
        .then()
        .statusCode(200)
        .body("paidCount", equalTo(1))
        .body("failedCount", equalTo(1))
        .body("awaitingCount", equalTo(0));

    assertThat(positions(paidLine)).containsExactly(0L, 0L, 2000L);
    assertThat(positions(failedLine)).containsExactly(2000L, 0L, 0L);
    await().atMost(CATCH_UP).until(() -> paymentsMadeFor(paidClaim).size() == 1);
    EventEnvelope payment = paymentsMadeFor(paidClaim).get(0);
    assertThat(payment.payload().path("lineId").asText()).isEqualTo(paidLine.toString());
    assertThat(payment.payload().path("batchId").asText()).isEqualTo(batch.toString());
    assertThat(payment.payload().path("amountPence").asLong()).isEqualTo(2000);
    assertThat(paymentsMadeFor(failedClaim)).isEmpty();
    JsonPath again = created(period("PAYROLL", day));
    assertThat(again.getInt("lineCount")).isEqualTo(1);
    assertThat(positions(failedLine)).containsExactly(0L, 2000L, 0L);
    for (UUID claimId : List.of(paidClaim, failedClaim)) {
      assertThat(ledgerSum(claimId)).isEqualTo(claim(claimId).getLong("amountPence"));
    }
    given()
        .auth()
        .oauth2(FINANCE)
        .queryParam("outcome", "FAILED")
        .get("/api/v1/export-batches/{id}/lines", batch)
        .then()
        .statusCode(200)
        .body("items.lineId", contains(failedLine.toString()))
        .body("items.failureReason", contains("Not on payroll yet"));
    given()
        .auth()
        .oauth2(Tokens.volunteer("pat.paid", paid))
        .get("/api/v1/ledger/payees/{id}/totals", paid)
        .then()
        .body("amountPence", contains(2000))
        .body("paidPence", contains(2000));
  }

  @Test
  void anOutcomeIsRecordedOnceAndSayingItAgainChangesNothing() {
    LocalDate day = LocalDate.of(2026, 5, 13);
    UUID person = payee("PAYROLL", null);
    UUID line = firstLineOf(approvedFee(person, "2.0", day));
    UUID batch = idOf(created(period("PAYROLL", day)));
    outcomes(batch, List.of(Map.of("lineId", line, "outcome", "PAID"))).then().statusCode(200);

    outcomes(batch, List.of(Map.of("lineId", line, "outcome", "PAID"))).then().statusCode(200);
    outcomes(batch, List.of(Map.of("lineId", line, "outcome", "FAILED", "reason", "Bounced")))
        .then()
        .statusCode(422)
        .body("errors.field", contains("outcomes[1].outcome"))
        .body("detail", containsString("already marked PAID"));

    assertThat(positions(line)).containsExactly(0L, 0L, 2000L);
  }

  @Test
  void badOutcomesAreNamedAndChangeNothing() {
    LocalDate day = LocalDate.of(2026, 5, 14);
    UUID person = payee("PAYROLL", null);
    UUID line = firstLineOf(approvedFee(person, "2.0", day));
    UUID batch = idOf(created(period("PAYROLL", day)));

    outcomes(batch, List.of(Map.of("lineId", line, "outcome", "FAILED")))
        .then()
        .statusCode(400)
        .body("errors.field", contains("outcomes[1].reason"));
    outcomes(
            batch,
            List.of(
                Map.of("lineId", line, "outcome", "PAID"),
                Map.of("lineId", UUID.randomUUID(), "outcome", "PAID")))
        .then()
        .statusCode(422)
        .body("errors.field", contains("outcomes[2].lineId"));
    outcomes(UUID.randomUUID(), List.of(Map.of("lineId", line, "outcome", "PAID")))
        .then()
        .statusCode(404);

    assertThat(positions(line)).containsExactly(0L, 2000L, 0L);
  }

  @Test
  void aBatchForPeopleWhoDeclinePaymentOrABackToFrontPeriodIsRefused() {
    create(Map.of("route", "DECLINE", "from", "2026-05-01", "to", "2026-05-31"))
        .then()
        .statusCode(400)
        .body("errors.field", contains("route"));
    create(Map.of("route", "BACS", "from", "2026-05-31", "to", "2026-05-01"))
        .then()
        .statusCode(400)
        .body("errors.field", contains("to"));
    create(Map.of("route", "BACS", "from", "2026-05-01"))
        .then()
        .statusCode(400)
        .body("errors.field", contains("to"));
  }

  @Test
  void aRetriedRequestWithTheSameIdempotencyKeyGetsTheSameBatch() {
    LocalDate day = LocalDate.of(2026, 5, 15);
    approvedFee(payee("DONATE", null), "2.0", day);
    String key = UUID.randomUUID().toString();

    String first =
        createWithKey(key, period("DONATE", day)).then().statusCode(201).extract().path("id");
    String second =
        createWithKey(key, period("DONATE", day)).then().statusCode(201).extract().path("id");

    assertThat(second).isEqualTo(first);
    createWithKey(key, period("DONATE", day.plusDays(1))).then().statusCode(422);
  }

  @Test
  void onlyFinanceMakesAndDownloadsBatchesAndTheLinesViewHidesPayeeDetails() {
    LocalDate day = LocalDate.of(2026, 5, 18);
    UUID person = payee("BACS", "Hidden Name");
    approvedFee(person, "2.0", day);
    UUID batch = idOf(created(period("BACS", day)));

    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(period("BACS", day))
        .post("/api/v1/export-batches")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/export-batches/{id}/csv", batch)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.volunteer("hid.den", person))
        .get("/api/v1/export-batches/{id}/json", batch)
        .then()
        .statusCode(403);
    String lines =
        given()
            .auth()
            .oauth2(FINANCE)
            .get("/api/v1/export-batches/{id}/lines", batch)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(lines).doesNotContain("31926819", "20-45-56", "Hidden", "CP0");
  }

  @Test
  void theQueueShowsWhatAwaitsExportPerRoute() {
    LocalDate day = LocalDate.of(2026, 5, 19);
    approvedFee(payee("VOUCHER", null), "2.0", day);
    long before = queued("VOUCHER");
    approvedFee(payee("VOUCHER", null), "1.0", day);

    assertThat(queued("VOUCHER")).isEqualTo(before + 1000);
    created(period("VOUCHER", day));
    assertThat(queued("VOUCHER")).isEqualTo(before - 2000);
  }

  @Test
  void aBacsLineWhosePayeeHasNoBankDetailsIsHeldAndShownAsHeld() {
    LocalDate day = LocalDate.of(2026, 5, 20);
    UUID erased = payee("BACS", "Ed Erased");
    approvedFee(erased, "2.0", day);
    long heldBefore = queueOf("BACS", "heldForBankDetails");

    publish(new PersonErased(erased, Instant.now()));

    await().atMost(CATCH_UP).until(() -> queueOf("BACS", "heldForBankDetails") == heldBefore + 1);
    create(period("BACS", day)).then().statusCode(422);
  }

  @Test
  void theFinanceSystemPullsABatchWithItsExportScopeAndAnotherReportsPaymentsWithItsOutcomesScope()
      throws Exception {
    LocalDate day = LocalDate.of(2026, 5, 21);
    UUID line = firstLineOf(approvedFee(payee("PAYROLL", null), "2.0", day));
    String payroll = Tokens.partner("payroll-system", "payments:export");
    String bank = Tokens.partner("bank-reconciliation", "payments:outcomes");
    String withoutScope = Tokens.partner("survey-tool", "involvement:write");

    String batch =
        given()
            .auth()
            .oauth2(payroll)
            .contentType(ContentType.JSON)
            .body(period("PAYROLL", day))
            .post("/api/v1/export-batches")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    byte[] csv =
        given()
            .auth()
            .oauth2(payroll)
            .get("/api/v1/export-batches/{id}/csv", batch)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    given()
        .auth()
        .oauth2(payroll)
        .contentType(ContentType.JSON)
        .body(Map.of("outcomes", List.of(Map.of("lineId", line, "outcome", "PAID"))))
        .post("/api/v1/export-batches/{id}/outcomes", batch)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(bank)
        .contentType(ContentType.JSON)
        .body(period("PAYROLL", day))
        .post("/api/v1/export-batches")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(bank)
        .contentType(ContentType.JSON)
        .body(Map.of("outcomes", List.of(Map.of("lineId", line, "outcome", "PAID"))))
        .post("/api/v1/export-batches/{id}/outcomes", batch)
        .then()
        .statusCode(200)
        .body("paidCount", equalTo(1))
        .body("downloads.downloadedBy", contains(Tokens.subjectOf("payroll-system")));

    assertThat(csvRows(csv)).hasSize(2);
    given()
        .auth()
        .oauth2(withoutScope)
        .get("/api/v1/export-batches/{id}/csv", batch)
        .then()
        .statusCode(403);
  }

  long queued(String route) {
    return queueOf(route, "totalPence");
  }

  long queueOf(String route, String figure) {
    List<Map<String, Object>> queue =
        given()
            .auth()
            .oauth2(FINANCE)
            .get("/api/v1/export-queue")
            .then()
            .statusCode(200)
            .extract()
            .path("$");
    return queue.stream()
        .filter(entry -> route.equals(entry.get("route")))
        .mapToLong(entry -> ((Number) entry.get(figure)).longValue())
        .sum();
  }

  static Response createWithKey(String key, Map<String, Object> request) {
    return given()
        .auth()
        .oauth2(FINANCE)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(request)
        .post("/api/v1/export-batches");
  }

  /** Recorded by a second finance officer: whoever made a batch does not. */
  static Response outcomes(UUID batch, List<Map<String, Object>> outcomes) {
    return given()
        .auth()
        .oauth2(SECOND_FINANCE)
        .contentType(ContentType.JSON)
        .body(Map.of("outcomes", outcomes))
        .post("/api/v1/export-batches/{id}/outcomes", batch);
  }

  static List<EventEnvelope> paymentsMadeFor(UUID claimId) {
    return KafkaProbe.events(SharedKafkaResource.bootstrapServers(), Topics.PAYMENT_EVENTS).stream()
        .filter(event -> event.type().equals(Contract.PAYMENT_MADE.type()))
        .filter(event -> event.payload().path("claimId").asText().equals(claimId.toString()))
        .toList();
  }

  long batchCount() {
    return ((Number)
            entityManager.createNativeQuery("select count(*) from export_batch").getSingleResult())
        .longValue();
  }

  long ledgerSum(UUID claimId) {
    return ((Number)
            entityManager
                .createNativeQuery(
                    "select coalesce(sum(amount_pence), 0) from ledger_entry where claim_id = ?1")
                .setParameter(1, claimId)
                .getSingleResult())
        .longValue();
  }

  /** Where the line's money stands in the ledger: owed, in export, paid. */
  List<Long> positions(UUID lineId) {
    return List.of("OWED", "IN_EXPORT", "PAID").stream()
        .map(
            account ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "select coalesce(sum(amount_pence), 0) from ledger_entry"
                                    + " where line_id = ?1 and account = ?2")
                            .setParameter(1, lineId)
                            .setParameter(2, account)
                            .getSingleResult())
                    .longValue())
        .toList();
  }
}
