package org.coproduce.payment.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.coproduce.payment.payee.BankDetails;
import org.coproduce.payment.payee.BankDetailsCipher;
import org.coproduce.platform.security.CurrentUser;
import org.hibernate.Session;

/**
 * The files finance pulls: CSV and JSON of a batch, streamed from the database a few hundred rows
 * at a time, so memory does not grow with the batch. Both are written only from the copied lines
 * and the batch row, in line order, so a batch gives the same bytes every time. These are the only
 * place payee references and bank details appear in clear.
 */
@ApplicationScoped
public class ExportFiles {
  public static final String CSV = "text/csv";

  static final List<String> COLUMNS =
      List.of(
          "batch_id",
          "line_number",
          "line_id",
          "claim_id",
          "payee_reference",
          "route",
          "line_type",
          "claim_type",
          "expense_category",
          "activity_date",
          "hours",
          "miles",
          "rate_basis",
          "rate",
          "rate_card_version",
          "amount",
          "cost_centre",
          "subjective_code",
          "analysis_code",
          "approved_by",
          "approved_at",
          "account_name",
          "sort_code",
          "account_number");

  private static final String LINES =
      "select x.position, x.claim_line_id, x.claim_id, x.person_id, x.payee_reference, b.route,"
          + " x.line_kind, x.claim_kind, x.category, x.day, x.hours, x.miles, x.rate_basis,"
          + " x.rate_pence, x.rate_card_version, x.amount_pence, x.cost_centre,"
          + " x.subjective_code, x.analysis_code, x.approved_by, x.approved_at, x.bank_details,"
          + " x.bank_key_id from export_line x join export_batch b on b.id = x.batch_id"
          + " where x.batch_id = ? order by x.position";

  private static final int FETCH_SIZE = 500;

  private final EntityManager entityManager;
  private final BankDetailsCipher cipher;
  private final CurrentUser user;
  private final JsonFactory json = new JsonFactory();
  private final CsvFactory csv = new CsvFactory();

  public ExportFiles(EntityManager entityManager, BankDetailsCipher cipher, CurrentUser user) {
    this.entityManager = entityManager;
    this.cipher = cipher;
    this.user = user;
  }

  /**
   * SHA-256 (hex) of the batch's CSV, written in the caller's transaction as a download would be.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String checksum(ExportBatch batch) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
      writeCsv(batch.id, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /**
   * Writes the CSV: a header row, then a row per line; every cell safe to open in a spreadsheet.
   */
  @Transactional
  public void writeCsv(UUID batchId, OutputStream out) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    try (CsvGenerator generator = csv.createGenerator(out)) {
      generator.setSchema(schema);
      row(generator, COLUMNS);
      forEachLine(
          batchId,
          line -> {
            BankDetails bank = line.bank();
            row(
                generator,
                List.of(
                    batchId.toString(),
                    Integer.toString(line.position()),
                    line.lineId().toString(),
                    line.claimId().toString(),
                    line.payeeReference(),
                    line.route(),
                    line.lineKind(),
                    line.claimKind(),
                    text(line.category()),
                    line.day(),
                    decimal(line.hours()),
                    decimal(line.miles()),
                    line.rateBasis(),
                    pounds(line.ratePence()),
                    line.rateCardVersion(),
                    pounds(line.amountPence()),
                    line.costCentre(),
                    line.subjectiveCode(),
                    line.analysisCode(),
                    line.approvedBy(),
                    line.approvedAt().toString(),
                    bank == null ? "" : bank.accountName(),
                    bank == null ? "" : bank.sortCodeFormatted(),
                    bank == null ? "" : bank.accountNumber()));
          });
    }
  }

  /** Writes the JSON: the batch with its totals and checksum, then its lines, amounts in pence. */
  @Transactional
  public void writeJson(UUID batchId, OutputStream out) throws IOException {
    ExportBatch batch = entityManager.find(ExportBatch.class, batchId);
    try (JsonGenerator generator = json.createGenerator(out, JsonEncoding.UTF8)) {
      generator.writeStartObject();
      generator.writeStringField("batchId", batch.id.toString());
      generator.writeStringField("route", batch.route.name());
      generator.writeStringField("periodFrom", batch.periodFrom.toString());
      generator.writeStringField("periodTo", batch.periodTo.toString());
      generator.writeStringField("createdAt", batch.createdAt.toString());
      generator.writeStringField("createdBy", batch.createdBy);
      generator.writeNumberField("lineCount", batch.lineCount);
      generator.writeNumberField("totalPence", batch.totalPence);
      generator.writeStringField("checksum", batch.checksum);
      generator.writeArrayFieldStart("lines");
      forEachLine(
          batch.id,
          line -> {
            generator.writeStartObject();
            generator.writeNumberField("lineNumber", line.position());
            generator.writeStringField("lineId", line.lineId().toString());
            generator.writeStringField("claimId", line.claimId().toString());
            generator.writeStringField("payeeReference", line.payeeReference());
            generator.writeStringField("route", line.route());
            generator.writeStringField("lineType", line.lineKind());
            generator.writeStringField("claimType", line.claimKind());
            generator.writeStringField("expenseCategory", line.category());
            generator.writeStringField("activityDate", line.day());
            writeDecimal(generator, "hours", line.hours());
            writeDecimal(generator, "miles", line.miles());
            generator.writeStringField("rateBasis", line.rateBasis());
            generator.writeNumberField("ratePence", line.ratePence());
            generator.writeStringField("rateCardVersion", line.rateCardVersion());
            generator.writeNumberField("amountPence", line.amountPence());
            generator.writeStringField("costCentre", line.costCentre());
            generator.writeStringField("subjectiveCode", line.subjectiveCode());
            generator.writeStringField("analysisCode", line.analysisCode());
            generator.writeStringField("approvedBy", line.approvedBy());
            generator.writeStringField("approvedAt", line.approvedAt().toString());
            BankDetails bank = line.bank();
            generator.writeStringField("accountName", bank == null ? null : bank.accountName());
            generator.writeStringField("sortCode", bank == null ? null : bank.sortCodeFormatted());
            generator.writeStringField("accountNumber", bank == null ? null : bank.accountNumber());
            generator.writeEndObject();
          });
      generator.writeEndArray();
      generator.writeEndObject();
    }
  }

  /** Notes who downloaded a batch's file, before it is sent: the file holds bank details. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordDownload(UUID batchId, String format) {
    entityManager
        .createNativeQuery(
            "insert into export_download (batch_id, format, downloaded_by, downloaded_at)"
                + " values (:batch, :format, :by, :at)")
        .setParameter("batch", batchId)
        .setParameter("format", format)
        .setParameter("by", user.accountId())
        .setParameter("at", Instant.now())
        .executeUpdate();
  }

  List<ExportBatchView.Download> downloads(UUID batchId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select format, downloaded_by, downloaded_at from export_download"
                    + " where batch_id = :batch order by downloaded_at")
            .setParameter("batch", batchId)
            .getResultList();
    return rows.stream()
        .map(row -> new ExportBatchView.Download((String) row[0], (String) row[1], instant(row[2])))
        .toList();
  }

  /**
   * Makes a cell safe in a spreadsheet: one starting with = + - @ tab or CR could run as a formula,
   * so it gets a leading apostrophe. Negative amounts are written as (20.00), which spreadsheets
   * read as numbers, so no cell this writes needs to start with a minus.
   */
  static String neutralised(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }

  /** Pounds with two decimals, negatives in accounting brackets: 20.00, (20.00). */
  static String pounds(long pence) {
    String amount = BigDecimal.valueOf(Math.abs(pence), 2).toPlainString();
    return pence < 0 ? "(" + amount + ")" : amount;
  }

  private interface LineWriter {
    void write(FileLine line) throws IOException;
  }

  private record FileLine(
      int position,
      UUID lineId,
      UUID claimId,
      UUID personId,
      String payeeReference,
      String route,
      String lineKind,
      String claimKind,
      String category,
      String day,
      BigDecimal hours,
      BigDecimal miles,
      String rateBasis,
      long ratePence,
      String rateCardVersion,
      long amountPence,
      String costCentre,
      String subjectiveCode,
      String analysisCode,
      String approvedBy,
      Instant approvedAt,
      BankDetails bank) {}

  private void forEachLine(UUID batchId, LineWriter writer) throws IOException {
    try {
      entityManager
          .unwrap(Session.class)
          .doWork(
              connection -> {
                try (PreparedStatement statement = connection.prepareStatement(LINES)) {
                  statement.setFetchSize(FETCH_SIZE);
                  statement.setObject(1, batchId);
                  try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                      writer.write(line(rows));
                    }
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private FileLine line(ResultSet rows) throws SQLException {
    UUID personId = rows.getObject(4, UUID.class);
    byte[] bankDetails = rows.getBytes(22);
    return new FileLine(
        rows.getInt(1),
        rows.getObject(2, UUID.class),
        rows.getObject(3, UUID.class),
        personId,
        rows.getString(5),
        rows.getString(6),
        rows.getString(7),
        rows.getString(8),
        rows.getString(9),
        rows.getObject(10, LocalDate.class).toString(),
        rows.getBigDecimal(11),
        rows.getBigDecimal(12),
        rows.getString(13),
        rows.getLong(14),
        rows.getString(15),
        rows.getLong(16),
        rows.getString(17),
        rows.getString(18),
        rows.getString(19),
        rows.getString(20),
        rows.getObject(21, OffsetDateTime.class).toInstant(),
        bankDetails == null ? null : cipher.decrypt(personId, rows.getString(23), bankDetails));
  }

  private static void row(CsvGenerator generator, List<String> cells) throws IOException {
    generator.writeStartArray();
    for (String cell : cells) {
      generator.writeString(neutralised(cell));
    }
    generator.writeEndArray();
  }

  private static void writeDecimal(JsonGenerator generator, String name, BigDecimal value)
      throws IOException {
    if (value == null) {
      generator.writeNullField(name);
    } else {
      generator.writeNumberField(name, value);
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String decimal(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
  }
}
