package org.coproduce.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduce.testing.Tokens;

/**
 * Finance's export of approved lines as CSV, 10,000 and 100,000 lines in the same run: how long
 * making the batch and downloading its file take, and how far payment-service's heap goes above its
 * baseline while the file streams out. The lines are real approved fee lines (claim, line, ledger
 * entry, decision by a finance officer who did not record the participation) of BACS payees whose
 * bank details were set through the API, so every CSV row decrypts them.
 */
final class ExportBench {
  static final int PAYEES = 500;
  private static final String RECORDER = Tokens.subjectOf("cora.coordinator");
  private static final String APPROVER = Tokens.subjectOf("fiona.finance");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Stack stack;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String finance = Tokens.of("fiona.finance", "finance");
  private final Set<String> accountNumbers = new HashSet<>();

  /** The seconds of the last timed call. */
  private double seconds;

  ExportBench(Stack stack) {
    this.stack = stack;
  }

  record Run(int lines, double createSeconds, double downloadSeconds, HeapProbe.Use heap) {}

  record Result(Run small, Run large) {
    String line() {
      return String.format(
          "export %,d lines: download %.1f s, peak heap +%d MB (old gen +%d MB), batch made in %.1f"
              + " s; %,d lines: download %.1f s, +%d MB (old gen +%d MB), made in %.1f s;"
              + " heap ratio %s/%s %.2f (target: about 1, time target < 5 s)",
          large.lines,
          large.downloadSeconds,
          mb(large.heap.peakAboveBaseline()),
          mb(large.heap.oldGrowth()),
          large.createSeconds,
          small.lines,
          small.downloadSeconds,
          mb(small.heap.peakAboveBaseline()),
          mb(small.heap.oldGrowth()),
          small.createSeconds,
          thousands(large.lines),
          thousands(small.lines),
          (double) large.heap.peakAboveBaseline() / small.heap.peakAboveBaseline());
    }
  }

  Result run(int small, int large) throws Exception {
    setPayees();
    seed(small, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
    seed(large, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30));
    UUID smallBatch = createBatch(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
    double smallCreate = seconds;
    UUID largeBatch = createBatch(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30));
    double largeCreate = seconds;
    try (HeapProbe heap = new HeapProbe(stack.servicePid())) {
      download(smallBatch, small); // warm-up: the service's first download runs cold code
      HeapProbe.Use smallHeap = heap.measure(() -> download(smallBatch, small));
      Run smallRun = new Run(small, smallCreate, seconds, smallHeap);
      HeapProbe.Use largeHeap = heap.measure(() -> download(largeBatch, large));
      return new Result(smallRun, new Run(large, largeCreate, seconds, largeHeap));
    }
  }

  /** BACS payees through the API, so their bank details are encrypted as the service does it. */
  private void setPayees() throws Exception {
    for (int i = 0; i < PAYEES; i++) {
      String accountNumber = String.format("3%07d", i);
      accountNumbers.add(accountNumber);
      Map<String, Object> body =
          Map.of(
              "route",
              "BACS",
              "bankAccountName",
              "Payee " + i,
              "sortCode",
              String.format("20-%02d-%02d", i / 100, i % 100),
              "accountNumber",
              accountNumber,
              "receivesBenefits",
              i % 5 == 0);
      HttpResponse<String> response =
          http.send(
              request("/api/v1/payees/" + UUID.randomUUID())
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      require(response, 201);
    }
  }

  /**
   * Approved fee lines spread over the payees and the period's days, each with everything approval
   * leaves behind: the claim, its decision, the line pointing at it and the ledger entry.
   */
  private void seed(int lines, LocalDate from, LocalDate to) throws Exception {
    int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    try (Connection db = stack.database()) {
      db.setAutoCommit(false);
      try (PreparedStatement claims =
          db.prepareStatement(
              "insert into claim (id, kind, participation_id, person_id, project_id, cost_centre,"
                  + " activity_type, activity_date, hours, amount_pence, rate_card_version,"
                  + " status, recorded_by, created_at, version)"
                  + " select gen_random_uuid(), 'FEE', gen_random_uuid(),"
                  + " p.ids[1 + i % p.n], gen_random_uuid(), 'PEX100', 'FOCUS_GROUP',"
                  + " cast(? as date) + i % ?, 2.50, 2000, '2026-04', 'APPROVED', ?,"
                  + " now() - interval '30 days', 0"
                  + " from generate_series(1, ?) i,"
                  + " (select array_agg(person_id order by person_id) ids, count(*) n"
                  + " from payee) p")) {
        claims.setObject(1, from);
        claims.setInt(2, days);
        claims.setString(3, RECORDER);
        claims.setInt(4, lines);
        claims.executeUpdate();
      }
      try (Statement statement = db.createStatement()) {
        statement.executeUpdate(
            "insert into claim_decision (id, claim_id, outcome, amount_pence, decided_by,"
                + " decided_at) select gen_random_uuid(), c.id, 'APPROVED', c.amount_pence, '"
                + APPROVER
                + "', now() - interval '1 day' from claim c where not exists"
                + " (select 1 from claim_decision d where d.claim_id = c.id)"
                + " and c.status = 'APPROVED'");
        statement.executeUpdate(
            "insert into claim_line (id, claim_id, kind, amount_pence, hours, rate_card_version,"
                + " raised_by, status, decision_id, created_at)"
                + " select gen_random_uuid(), c.id, 'FEE', c.amount_pence, c.hours,"
                + " c.rate_card_version, c.recorded_by, 'APPROVED', d.id, c.created_at"
                + " from claim c join claim_decision d on d.claim_id = c.id"
                + " where not exists (select 1 from claim_line l where l.claim_id = c.id)");
        statement.executeUpdate(
            "insert into ledger_entry (id, claim_id, line_id, person_id, kind, account,"
                + " amount_pence, cost_centre, project_id, tax_year, created_at)"
                + " select gen_random_uuid(), c.id, l.id, c.person_id, 'CLAIM_RAISED', 'OWED',"
                + " l.amount_pence, c.cost_centre, c.project_id, uk_tax_year(c.activity_date),"
                + " l.created_at from claim_line l join claim c on c.id = l.claim_id"
                + " where not exists (select 1 from ledger_entry e where e.line_id = l.id)");
        statement.execute("analyze");
      }
      db.commit();
    }
  }

  private UUID createBatch(LocalDate from, LocalDate to) throws Exception {
    String body =
        JSON.writeValueAsString(
            Map.of("route", "BACS", "from", from.toString(), "to", to.toString()));
    long began = System.nanoTime();
    HttpResponse<String> response =
        http.send(
            request("/api/v1/export-batches")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    seconds = (System.nanoTime() - began) / 1e9;
    require(response, 201);
    JsonNode batch = JSON.readTree(response.body());
    return UUID.fromString(batch.get("id").asText());
  }

  /**
   * Downloads the CSV as finance would and checks it: one row per line after the header, and bank
   * details in clear.
   */
  private void download(UUID batch, int lines) throws Exception {
    long began = System.nanoTime();
    HttpResponse<InputStream> response =
        http.send(
            request("/api/v1/export-batches/" + batch + "/csv").GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
    int rows = 0;
    int decrypted = 0;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String row;
      while ((row = reader.readLine()) != null) {
        rows++;
        String last = row.substring(row.lastIndexOf(',') + 1);
        if (accountNumbers.contains(last)) {
          decrypted++;
        }
      }
    }
    seconds = (System.nanoTime() - began) / 1e9;
    if (response.statusCode() != 200 || rows != lines + 1 || decrypted != lines) {
      throw new IllegalStateException(
          String.format(
              "CSV of batch %s: status %d, %d rows, %d with bank details; expected %d lines",
              batch, response.statusCode(), rows, decrypted, lines));
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(stack.url(path))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", "Bearer " + finance);
  }

  private static void require(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri()
              + " -> "
              + response.statusCode()
              + ": "
              + response.body());
    }
  }

  private static long mb(long bytes) {
    return Math.round(bytes / (1024.0 * 1024.0));
  }

  private static String thousands(int n) {
    return n % 1000 == 0 ? n / 1000 + "k" : Integer.toString(n);
  }
}
