package org.coproduce.payment.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.ParticipationCorrected;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.PaymentClaimCreated;
import org.coproduce.payment.PayeeScope;
import org.coproduce.payment.PaymentConfig;
import org.coproduce.payment.ledger.EntryKind;
import org.coproduce.payment.ledger.Ledger;
import org.coproduce.payment.payee.Earnings;
import org.coproduce.payment.ratecard.Fee;
import org.coproduce.payment.ratecard.RateCardService;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.Roles;

/**
 * Claims and their lines. Money is only ever added as lines, each with its ledger entry in the same
 * transaction; a correction reverses the current fee line and adds one at the new hours.
 */
@ApplicationScoped
public class ClaimService {
  private static final String[] STAFF = {Roles.FINANCE, Roles.COORDINATOR, Roles.ADMIN};

  private final EntityManager entityManager;
  private final RateCardService rateCards;
  private final Ledger ledger;
  private final Outbox outbox;
  private final PayeeScope payees;
  private final Earnings earnings;
  private final PaymentConfig config;

  public ClaimService(
      EntityManager entityManager,
      RateCardService rateCards,
      Ledger ledger,
      Outbox outbox,
      PayeeScope payees,
      Earnings earnings,
      PaymentConfig config) {
    this.entityManager = entityManager;
    this.rateCards = rateCards;
    this.ledger = ledger;
    this.outbox = outbox;
    this.payees = payees;
    this.earnings = earnings;
    this.config = config;
  }

  /**
   * Raises the pending fee claim for a participation, unless one exists: a participation carries
   * one fee, however often its event arrives (the inbox already drops repeats of the same event).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void raiseFeeClaim(ParticipationRecorded participation) {
    if (hasClaim(participation.participationId())) {
      return;
    }
    raiseFee(
        participation.participationId(),
        participation.personId(),
        participation.projectId(),
        participation.activityType(),
        participation.date(),
        participation.hours(),
        participation.recordedBy(),
        null);
  }

  /**
   * Corrects a fee: a reversal of the current fee line (unless it was rejected, so owes nothing)
   * and a new line at the corrected hours, priced by the rate card in force on the session's day.
   * Whatever was decided before, the new lines await approval. A correction that arrives before any
   * claim (its participation was never paid) raises the claim at the corrected hours.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void correctFeeClaim(ParticipationCorrected correction) {
    Claim claim =
        Claim.<Claim>find("participationId", correction.participationId())
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .firstResultOptional()
            .orElse(null);
    if (claim == null) {
      raiseFee(
          correction.participationId(),
          correction.personId(),
          correction.projectId(),
          correction.activityType(),
          correction.date(),
          correction.hours(),
          correction.correctedBy(),
          correction.correctionId());
      return;
    }
    if (ClaimLine.count("correctionId", correction.correctionId()) > 0) {
      return;
    }
    ClaimLine current = currentFeeLine(claim);
    Fee fee = rateCards.feeFor(claim.activityType, claim.activityDate, correction.hours());
    if (current.counts()) {
      ClaimLine reversal =
          line(claim, LineKind.REVERSAL, -current.amountPence, current.rateCardVersion);
      reversal.hours = current.hours;
      reversal.reversesLineId = current.id;
      reversal.correctionId = correction.correctionId();
      reversal.raisedBy = correction.correctedBy();
      add(claim, reversal);
    }
    ClaimLine corrected = line(claim, LineKind.FEE, fee.amountPence(), fee.rateCardVersion());
    corrected.hours = correction.hours();
    corrected.correctionId = correction.correctionId();
    corrected.raisedBy = correction.correctedBy();
    add(claim, corrected);
    claim.hours = correction.hours();
    claim.rateCardVersion = fee.rateCardVersion();
    claim.status = ClaimStatus.PENDING;
  }

  /** Opens a claim with its first line (and its ledger entry). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void open(Claim claim, ClaimLine first) {
    claim.status = ClaimStatus.PENDING;
    claim.rateCardVersion = first.rateCardVersion;
    claim.createdAt = first.createdAt;
    claim.amountPence = first.amountPence;
    claim.persist();
    record(claim, first);
  }

  /** A new pending line of a claim, for the caller to complete and {@link #add}. */
  public static ClaimLine line(Claim claim, LineKind kind, long amountPence, String version) {
    ClaimLine line = new ClaimLine();
    line.id = UUID.randomUUID();
    line.claimId = claim.id;
    line.kind = kind;
    line.amountPence = amountPence;
    line.rateCardVersion = version;
    line.status = ClaimStatus.PENDING;
    line.createdAt = Instant.now();
    return line;
  }

  /** The claim, locked until the transaction ends; 404 when it does not exist. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Claim locked(UUID id) {
    Claim claim = entityManager.find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (claim == null) {
      throw new ProblemException.NotFound("Claim " + id);
    }
    return claim;
  }

  public static List<ClaimLine> lines(Claim claim) {
    return ClaimLine.list("claimId = ?1 order by createdAt, id", claim.id);
  }

  /** Marks lines decided and writes a ledger entry for each rejected one, so nothing is owed. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void decide(Claim claim, List<ClaimLine> lines, ClaimDecision decision) {
    for (ClaimLine line : lines) {
      line.status = decision.outcome;
      line.decisionId = decision.id;
      if (decision.outcome == ClaimStatus.REJECTED) {
        ledger.record(movement(claim, line), EntryKind.REJECTION, -line.amountPence);
      }
    }
    claim.status = decision.outcome;
    claim.amountPence = currentAmount(claim);
  }

  public ClaimView view(Claim claim) {
    return ClaimView.of(
        claim,
        lines(claim),
        ClaimDecision.list("claimId = ?1 order by decidedAt, id", claim.id),
        claim.kind == ClaimKind.FEE
            ? earnings.warningFor(claim.personId, claim.activityDate).orElse(null)
            : null);
  }

  /** One claim; a volunteer sees only their own (404 for anyone else's). */
  public ClaimView get(UUID id) {
    Claim claim = Claim.findById(id);
    if (claim == null || !maySee(claim)) {
      throw new ProblemException.NotFound("Claim " + id);
    }
    return view(claim);
  }

  /** Claims newest first; {@code requested} narrows to one payee (a volunteer sees only theirs). */
  public Page<ClaimView> list(UUID requested, ClaimStatus status, PageRequest page) {
    UUID personId = visiblePayee(requested);
    Map<String, Object> params = new HashMap<>();
    StringBuilder filter = new StringBuilder("1 = 1");
    if (personId != null) {
      filter.append(" and e.personId = :personId");
      params.put("personId", personId);
    }
    if (status != null) {
      filter.append(" and e.status = :status");
      params.put("status", status);
    }
    return Page.of(
        page.fetch(entityManager, Claim.class, filter.toString(), params),
        page,
        claim -> new Cursor(claim.createdAt, claim.id),
        this::view);
  }

  private void raiseFee(
      UUID participationId,
      UUID personId,
      UUID projectId,
      String activityType,
      LocalDate date,
      BigDecimal hours,
      String recordedBy,
      UUID correctionId) {
    Fee fee = rateCards.feeFor(activityType, date, hours);
    Claim claim = new Claim();
    claim.id = UUID.randomUUID();
    claim.kind = ClaimKind.FEE;
    claim.participationId = participationId;
    claim.personId = personId;
    claim.projectId = projectId;
    claim.costCentre = config.defaultCostCentre();
    claim.activityType = activityType;
    claim.activityDate = date;
    claim.hours = hours;
    claim.recordedBy = recordedBy;
    ClaimLine first = line(claim, LineKind.FEE, fee.amountPence(), fee.rateCardVersion());
    first.hours = hours;
    first.correctionId = correctionId;
    first.raisedBy = recordedBy;
    open(claim, first);
    outbox.publish(
        new PaymentClaimCreated(
            claim.id,
            claim.participationId,
            claim.personId,
            claim.amountPence,
            claim.rateCardVersion));
  }

  /**
   * Whether the participation already has its claim. A plain select, not Panache's count: a count
   * query is translated again on every call, and this runs for every event consumed.
   */
  private boolean hasClaim(UUID participationId) {
    return !entityManager
        .createQuery(
            "select c.id from Claim c where c.participationId = :participationId", UUID.class)
        .setParameter("participationId", participationId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private void add(Claim claim, ClaimLine line) {
    record(claim, line);
    claim.amountPence += line.amountPence;
  }

  /** Writes the line and its ledger entry. */
  private void record(Claim claim, ClaimLine line) {
    line.persist();
    ledger.record(
        movement(claim, line),
        line.kind == LineKind.REVERSAL ? EntryKind.REVERSAL : EntryKind.CLAIM_RAISED,
        line.amountPence);
  }

  private static Ledger.Movement movement(Claim claim, ClaimLine line) {
    return new Ledger.Movement(
        claim.id, line.id, claim.personId, claim.costCentre, claim.projectId, claim.activityDate);
  }

  private static ClaimLine currentFeeLine(Claim claim) {
    return lines(claim).stream()
        .filter(line -> line.kind == LineKind.FEE)
        .max(Comparator.comparing((ClaimLine line) -> line.createdAt))
        .orElseThrow();
  }

  private static long currentAmount(Claim claim) {
    return lines(claim).stream().filter(ClaimLine::counts).mapToLong(l -> l.amountPence).sum();
  }

  private boolean maySee(Claim claim) {
    return payees.maySee(claim.personId, STAFF);
  }

  /** Staff may look at anyone's claims; a volunteer only ever at their own (404 for others). */
  private UUID visiblePayee(UUID requested) {
    return payees.visible(requested, "claims", STAFF);
  }
}
