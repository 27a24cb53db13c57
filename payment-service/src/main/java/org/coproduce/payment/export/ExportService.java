package org.coproduce.payment.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduce.events.PaymentMade;
import org.coproduce.payment.PaymentConfig;
import org.coproduce.payment.ledger.Account;
import org.coproduce.payment.ledger.EntryKind;
import org.coproduce.payment.ledger.Ledger;
import org.coproduce.payment.payee.PaymentRoute;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.security.Roles;

/**
 * Export batches: every approved line goes to finance exactly once (a failed payment returns it to
 * the queue), and the ledger moves its money from owed to in export, then to paid or back.
 */
@ApplicationScoped
public class ExportService {
  private static final String LINES_AND_PAYEES =
      " from claim_line l join claim c on c.id = l.claim_id"
          + " join payee p on p.person_id = c.person_id";

  /** Not in a batch, or only in batches that failed it. */
  private static final String NOT_EXPORTED =
      " and not exists (select 1 from export_line e where e.claim_line_id = l.id"
          + " and e.outcome <> 'FAILED')";

  /** Approved lines of paid routes, with bank details for BACS, not yet exported. */
  private static final String AWAITING_EXPORT =
      " l.status = 'APPROVED' and p.route <> 'DECLINE'"
          + " and (p.route <> 'BACS' or p.bank_details is not null)"
          + NOT_EXPORTED;

  /**
   * Copies the lines into the batch in the order of their day, with what finance needs as it is
   * now: payee reference, bank details (BACS only, still encrypted), the rate and its basis, the
   * ledger codes and who approved the line when.
   */
  private static final String COPY_LINES =
      "insert into export_line (id, batch_id, position, claim_line_id, claim_id, person_id,"
          + " payee_reference, line_kind, claim_kind, category, day, hours, miles, rate_basis,"
          + " rate_pence, rate_card_version, amount_pence, cost_centre, subjective_code,"
          + " analysis_code, approved_by, approved_at, bank_details, bank_key_id, created_at)"
          + " select gen_random_uuid(), :batch,"
          + " row_number() over (order by c.activity_date, l.created_at, l.id), l.id, c.id,"
          + " c.person_id, p.payee_reference, l.kind, c.kind, c.category, c.activity_date,"
          + " l.hours, l.miles,"
          + " case when l.miles is not null then 'PER_MILE' when fr.kind = 'HOURLY' then"
          + " 'PER_HOUR' else 'FLAT' end,"
          + " case when l.miles is not null then rc.mileage_pence_per_mile when fr.kind ="
          + " 'HOURLY' then fr.hourly_pence else abs(l.amount_pence) end,"
          + " l.rate_card_version, l.amount_pence, c.cost_centre,"
          + " case when c.kind = 'FEE' then :feeCode else :expenseCode end,"
          + " coalesce(cast(c.project_id as text), ''), d.decided_by, d.decided_at,"
          + " case when p.route = 'BACS' then p.bank_details end,"
          + " case when p.route = 'BACS' then p.bank_key_id end, :now"
          + LINES_AND_PAYEES
          + " join claim_decision d on d.id = l.decision_id"
          + " join rate_card rc on rc.version = l.rate_card_version"
          + " left join lateral (select f.kind, f.hourly_pence from fee_rule f"
          + " where c.kind = 'FEE' and f.rate_card_version = l.rate_card_version"
          + " and f.activity_type in (c.activity_type, 'ANY')"
          + " order by f.activity_type = 'ANY' limit 1) fr on true where"
          + AWAITING_EXPORT
          + " and p.route = :route and c.activity_date between :from and :to";

  private final EntityManager entityManager;
  private final Ledger ledger;
  private final ExportFiles files;
  private final CurrentUser user;
  private final Outbox outbox;
  private final PaymentConfig config;
  private final BankDetailsRetention retention;

  public ExportService(
      EntityManager entityManager,
      Ledger ledger,
      ExportFiles files,
      CurrentUser user,
      Outbox outbox,
      PaymentConfig config,
      BankDetailsRetention retention) {
    this.entityManager = entityManager;
    this.ledger = ledger;
    this.files = files;
    this.user = user;
    this.outbox = outbox;
    this.config = config;
    this.retention = retention;
  }

  /** What awaits export, per route, and what is held for want of bank details. */
  public List<ExportQueueView> queue() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select p.route,"
                    + " count(*) filter (where p.route <> 'BACS' or p.bank_details is not null),"
                    + " coalesce(sum(l.amount_pence) filter (where p.route <> 'BACS'"
                    + " or p.bank_details is not null), 0),"
                    + " count(*) filter (where p.route = 'BACS' and p.bank_details is null)"
                    + LINES_AND_PAYEES
                    + " where l.status = 'APPROVED' and p.route <> 'DECLINE'"
                    + NOT_EXPORTED
                    + " group by p.route order by p.route")
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ExportQueueView(
                    PaymentRoute.valueOf((String) row[0]),
                    ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()))
        .toList();
  }

  /**
   * Makes a batch of the approved lines awaiting export for the route and period (or exactly the
   * lines named). Batches are made one at a time, so two finance officers never take the same line.
   */
  @Transactional
  public ExportBatchView create(NewExportBatch request) {
    if (request.from().isAfter(request.to())) {
      throw new ProblemException.InvalidField("to", "must be on or after from");
    }
    if (!request.route().isPaid()) {
      throw new ProblemException.InvalidField(
          "route", "people who decline payment are never exported");
    }
    entityManager
        .createNativeQuery("select pg_advisory_xact_lock(hashtext('coproduce.export-batch'))")
        .getSingleResult();
    if (request.lineIds() != null) {
      requireExportable(request);
    }
    requireNoPayeeChangedByCaller(request);
    ExportBatch batch = new ExportBatch();
    batch.id = UUID.randomUUID();
    batch.route = request.route();
    batch.periodFrom = request.from();
    batch.periodTo = request.to();
    batch.checksum = "0".repeat(64);
    batch.createdBy = user.accountId();
    batch.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    batch.persist();
    entityManager.flush();

    var copy =
        entityManager
            .createNativeQuery(
                COPY_LINES + (request.lineIds() != null ? " and l.id in (:lineIds)" : ""))
            .setParameter("batch", batch.id)
            .setParameter("feeCode", config.export().feeSubjectiveCode())
            .setParameter("expenseCode", config.export().expenseSubjectiveCode())
            .setParameter("now", batch.createdAt)
            .setParameter("route", request.route().name())
            .setParameter("from", request.from())
            .setParameter("to", request.to());
    if (request.lineIds() != null) {
      copy.setParameter("lineIds", request.lineIds());
    }
    int copied = copy.executeUpdate();
    if (copied == 0) {
      throw new ProblemException.RuleBroken(
          "No approved lines of route "
              + request.route()
              + " await export between "
              + request.from()
              + " and "
              + request.to(),
          "route");
    }
    ledger.transfer(
        EntryKind.EXPORT,
        Account.OWED,
        Account.IN_EXPORT,
        "x.batch_id = :batch",
        Map.of("batch", batch.id));
    batch.lineCount = copied;
    batch.totalPence =
        ((Number)
                entityManager
                    .createNativeQuery(
                        "select coalesce(sum(amount_pence), 0) from export_line"
                            + " where batch_id = :batch")
                    .setParameter("batch", batch.id)
                    .getSingleResult())
            .longValue();
    batch.checksum = files.checksum(batch);
    return view(batch);
  }

  public ExportBatchView get(UUID id) {
    return view(existing(id));
  }

  public Page<ExportBatchView> list(PageRequest page) {
    return Page.of(
        page.fetch(entityManager, ExportBatch.class, "1 = 1", Map.of()),
        page,
        batch -> new Cursor(batch.createdAt, batch.id),
        this::view);
  }

  public Page<ExportLineView> lines(UUID batchId, ExportOutcome outcome, PageRequest page) {
    existing(batchId);
    Map<String, Object> params = new HashMap<>();
    params.put("batchId", batchId);
    String filter = "e.batchId = :batchId";
    if (outcome != null) {
      filter += " and e.outcome = :outcome";
      params.put("outcome", outcome);
    }
    return Page.of(
        page.fetch(entityManager, ExportLine.class, filter, params),
        page,
        line -> new Cursor(line.createdAt, line.id),
        ExportLineView::of);
  }

  /**
   * Records what finance did with lines: paid (announced as {@link PaymentMade}), or failed (the
   * line is owed again and returns to the queue). Saying again what was already recorded changes
   * nothing; contradicting it is refused.
   */
  @Transactional
  public ExportBatchView recordOutcomes(UUID batchId, PaymentOutcomes request) {
    ExportBatch batch =
        entityManager.find(ExportBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
    if (batch == null) {
      throw new ProblemException.NotFound("Export batch " + batchId);
    }
    requireNotMadeByCaller(batch);
    List<PaymentOutcomes.Outcome> outcomes = request.outcomes();
    Map<UUID, ExportLine> lines =
        ExportLine.<ExportLine>list(
                "batchId = ?1 and claimLineId in ?2",
                batchId,
                outcomes.stream().map(PaymentOutcomes.Outcome::lineId).toList())
            .stream()
            .collect(Collectors.toMap(line -> line.claimLineId, Function.identity()));
    Set<UUID> seen = new HashSet<>();
    List<ExportLine> paid = new ArrayList<>();
    List<ExportLine> failed = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < outcomes.size(); i++) {
      PaymentOutcomes.Outcome outcome = outcomes.get(i);
      String field = "outcomes[" + (i + 1) + "]";
      ExportLine line = lines.get(outcome.lineId());
      if (!seen.add(outcome.lineId())) {
        throw new ProblemException.InvalidField(field + ".lineId", "names a line twice");
      }
      if (line == null) {
        throw new ProblemException.RuleBroken(
            "Line " + outcome.lineId() + " is not in batch " + batchId, field + ".lineId");
      }
      if (outcome.outcome() == ExportOutcome.AWAITING) {
        throw new ProblemException.InvalidField(field + ".outcome", "must be PAID or FAILED");
      }
      if (outcome.outcome() == ExportOutcome.FAILED
          && (outcome.reason() == null || outcome.reason().isBlank())) {
        throw new ProblemException.InvalidField(field + ".reason", "say why the payment failed");
      }
      if (line.outcome == outcome.outcome()) {
        continue;
      }
      if (line.outcome != ExportOutcome.AWAITING) {
        throw new ProblemException.RuleBroken(
            "Line " + outcome.lineId() + " is already marked " + line.outcome, field + ".outcome");
      }
      line.outcome = outcome.outcome();
      line.failureReason =
          outcome.outcome() == ExportOutcome.FAILED ? outcome.reason().strip() : null;
      line.outcomeBy = user.accountId();
      line.outcomeAt = now;
      (outcome.outcome() == ExportOutcome.PAID ? paid : failed).add(line);
    }
    entityManager.flush();
    for (ExportLine line : paid) {
      outbox.publish(
          new PaymentMade(
              line.claimId, line.claimLineId, line.personId, batchId, line.amountPence, now));
    }
    move(paid, EntryKind.PAYMENT, Account.PAID);
    move(failed, EntryKind.FAILURE, Account.OWED);
    retention.wipeErasedAmong(
        Stream.concat(paid.stream(), failed.stream()).map(line -> line.id).toList());
    return view(batch);
  }

  /**
   * Whoever made the latest change to a person's payment details does not batch that person's
   * lines: a second finance officer does.
   */
  private void requireNoPayeeChangedByCaller(NewExportBatch request) {
    var query =
        entityManager
            .createNativeQuery(
                "select count(distinct c.person_id)"
                    + LINES_AND_PAYEES
                    + " where"
                    + AWAITING_EXPORT
                    + " and p.route = :route and c.activity_date between :from and :to"
                    + " and p.updated_by = :me"
                    + (request.lineIds() != null ? " and l.id in (:lineIds)" : ""))
            .setParameter("route", request.route().name())
            .setParameter("from", request.from())
            .setParameter("to", request.to())
            .setParameter("me", user.accountId());
    if (request.lineIds() != null) {
      query.setParameter("lineIds", request.lineIds());
    }
    long people = ((Number) query.getSingleResult()).longValue();
    if (people > 0) {
      throw new ProblemException.Forbidden(
          "Segregation of duties: you made the latest change to the payment details of "
              + (people == 1 ? "a person" : people + " people")
              + " whose lines await this export, so another finance officer makes the batch");
    }
  }

  /**
   * A finance officer or admin who made a batch does not record what was paid from it (a second one
   * does). Systems are kept apart by scope instead: payments:export makes batches,
   * payments:outcomes records outcomes.
   */
  private void requireNotMadeByCaller(ExportBatch batch) {
    if (madeByCallingPerson(batch)) {
      throw new ProblemException.Forbidden(
          "Segregation of duties: you made this batch, so another finance officer or an"
              + " administrator records what was paid");
    }
  }

  private boolean madeByCallingPerson(ExportBatch batch) {
    boolean person = user.hasRole(Roles.FINANCE) || user.hasRole(Roles.ADMIN);
    return person && user.accountId().equals(batch.createdBy);
  }

  private void move(List<ExportLine> lines, EntryKind kind, Account to) {
    if (!lines.isEmpty()) {
      List<UUID> ids = lines.stream().map(line -> line.id).toList();
      ledger.transfer(kind, Account.IN_EXPORT, to, "x.id in (:ids)", Map.of("ids", ids));
    }
  }

  /** Each named line must exist, be approved, of the route and period, and not yet exported. */
  private void requireExportable(NewExportBatch request) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select l.id, l.status, p.route, c.activity_date,"
                    + " (select min(cast(e.batch_id as text)) from export_line e"
                    + " where e.claim_line_id = l.id and e.outcome <> 'FAILED')"
                    + " from claim_line l join claim c on c.id = l.claim_id"
                    + " left join payee p on p.person_id = c.person_id where l.id in (:ids)")
            .setParameter("ids", request.lineIds())
            .getResultList();
    Map<UUID, Object[]> found =
        rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], Function.identity()));
    for (int i = 0; i < request.lineIds().size(); i++) {
      UUID id = request.lineIds().get(i);
      String field = "lineIds[" + (i + 1) + "]";
      Object[] row = found.get(id);
      if (row == null) {
        throw new ProblemException.RuleBroken("Line " + id + " does not exist", field);
      }
      if (row[4] != null) {
        throw new ProblemException.RuleBroken(
            "Line " + id + " is already exported in batch " + row[4], field);
      }
      if (!"APPROVED".equals(row[1])) {
        throw new ProblemException.RuleBroken("Line " + id + " is " + row[1], field);
      }
      if (!request.route().name().equals(row[2])) {
        throw new ProblemException.RuleBroken(
            "Line " + id + " is not paid by " + request.route(), field);
      }
      LocalDate day = (LocalDate) row[3];
      if (day.isBefore(request.from()) || day.isAfter(request.to())) {
        throw new ProblemException.RuleBroken(
            "Line " + id + " is for " + day + ", outside the period", field);
      }
    }
  }

  private ExportBatch existing(UUID id) {
    ExportBatch batch = ExportBatch.findById(id);
    if (batch == null) {
      throw new ProblemException.NotFound("Export batch " + id);
    }
    return batch;
  }

  private ExportBatchView view(ExportBatch batch) {
    @SuppressWarnings("unchecked")
    List<Object[]> counts =
        entityManager
            .createNativeQuery(
                "select outcome, count(*) from export_line where batch_id = :batch"
                    + " group by outcome")
            .setParameter("batch", batch.id)
            .getResultList();
    Map<String, Long> byOutcome =
        counts.stream()
            .collect(
                Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    return new ExportBatchView(
        batch.id,
        batch.route,
        batch.periodFrom,
        batch.periodTo,
        batch.createdAt,
        batch.createdBy,
        batch.lineCount,
        batch.totalPence,
        batch.checksum,
        byOutcome.getOrDefault("AWAITING", 0L),
        byOutcome.getOrDefault("PAID", 0L),
        byOutcome.getOrDefault("FAILED", 0L),
        files.downloads(batch.id),
        madeByCallingPerson(batch));
  }
}
