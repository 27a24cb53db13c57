package org.coproduce.payment.payee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.PayeeDetailsChanged;
import org.coproduce.payment.PayeeScope;
import org.coproduce.payment.payee.PayeeChangeDecision.Outcome;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.privacy.Erasure;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.security.Roles;
import org.coproduce.platform.web.Versioned;

/**
 * Payment details: the route, encrypted bank details and the benefits safeguard. Nobody diverts a
 * payment alone: every change is kept in the history and announced ({@link PayeeDetailsChanged}),
 * so the person is told; bank details staff give wait for a second person (another member of staff,
 * or the person) before any batch uses them, while the person's own take effect at once; and
 * whoever made the latest change may not approve the person's claims or batch their lines.
 */
@ApplicationScoped
public class PayeeService {
  static final String[] STAFF = {Roles.COORDINATOR, Roles.FINANCE, Roles.ADMIN};

  private final EntityManager entityManager;
  private final BankDetailsCipher cipher;
  private final Earnings earnings;
  private final PayeeScope scope;
  private final CurrentUser user;
  private final Erasure erasure;
  private final Outbox outbox;

  public PayeeService(
      EntityManager entityManager,
      BankDetailsCipher cipher,
      Earnings earnings,
      PayeeScope scope,
      CurrentUser user,
      Erasure erasure,
      Outbox outbox) {
    this.entityManager = entityManager;
    this.cipher = cipher;
    this.earnings = earnings;
    this.scope = scope;
    this.user = user;
    this.erasure = erasure;
    this.outbox = outbox;
  }

  /** The result of setting details: whether they were new. */
  public record Saved(PayeeView payee, boolean created) {}

  public PayeeView get(UUID personId) {
    return view(existing(personId));
  }

  /**
   * Sets a person's payment details. Bank details are replaced only as a whole; left out, the
   * stored ones stay. A BACS payee must have them (given or awaiting confirmation). New bank
   * details from the person take effect at once; from staff they wait for a second person,
   * replacing any that were waiting.
   */
  @Transactional
  public Saved set(UUID personId, NewPayeeDetails details, Long expectedVersion) {
    scope.visible(personId, "payment details", STAFF);
    if (erasure.erasedAt(personId).isPresent()) {
      throw new ProblemException.RuleBroken("Person " + personId + " was erased", "personId");
    }
    Payee payee = entityManager.find(Payee.class, personId);
    boolean created = payee == null;
    if (created) {
      payee = new Payee();
      payee.personId = personId;
      payee.payeeReference = nextReference();
    } else {
      Versioned.requireCurrent(expectedVersion, payee.version, "These payment details");
    }
    PayeeChange change = newChange(payee, details);
    if (details.givesBankDetails()) {
      requireWhole(details);
      giveBankDetails(payee, change, details);
    }
    if (details.route() == PaymentRoute.BACS
        && !payee.hasBankDetails()
        && !payee.hasPendingChange()) {
      throw new ProblemException.InvalidField(
          "sortCode", "bank details are needed to be paid by BACS");
    }
    payee.route = details.route();
    payee.receivesBenefits = details.receivesBenefits();
    payee.updatedBy = change.changedBy;
    payee.updatedAt = change.createdAt;
    change.persist();
    if (created) {
      payee.persist();
    }
    entityManager.flush();
    outbox.publish(
        new PayeeDetailsChanged(
            change.id, personId, change.changedBy, change.byPayee, change.awaitingConfirmation));
    return new Saved(view(payee), created);
  }

  /**
   * A second person confirms the bank details staff gave: another member of staff, or the person.
   * Whoever gave them may not.
   */
  @Transactional
  public PayeeView confirm(UUID personId, Long expectedVersion) {
    Payee payee = pendingOf(personId, expectedVersion);
    PayeeChange change = PayeeChange.findById(payee.pendingChangeId);
    if (user.accountId().equals(change.changedBy)) {
      throw new ProblemException.Forbidden(
          "Segregation of duties: whoever gave new bank details may not confirm them; another"
              + " member of staff, or the person, must");
    }
    decide(payee.pendingChangeId, Outcome.CONFIRMED);
    payee.confirmPending();
    entityManager.flush();
    return view(payee);
  }

  /** The person, or any member of staff, discards bank details that await confirmation. */
  @Transactional
  public PayeeView discard(UUID personId, Long expectedVersion) {
    Payee payee = pendingOf(personId, expectedVersion);
    decide(payee.pendingChangeId, Outcome.DISCARDED);
    payee.clearPending();
    entityManager.flush();
    return view(payee);
  }

  /** The history of a person's payment details, newest first, masked. */
  public Page<PayeeChangeView> history(UUID personId, PageRequest page) {
    UUID visible = scope.visible(personId, "payment details", STAFF);
    List<PayeeChange> changes =
        page.fetch(
            entityManager, PayeeChange.class, "e.personId = :person", Map.of("person", visible));
    return Page.of(
        changes,
        page,
        change -> new Cursor(change.createdAt, change.id),
        change -> PayeeChangeView.of(change, PayeeChangeDecision.findById(change.id)));
  }

  /**
   * Whether the caller made the latest change of the person's payment details: while it is the
   * latest, they may neither approve the person's claims nor put the person's lines in a batch.
   */
  public boolean callerChangedLatest(UUID personId) {
    Payee payee = Payee.findById(personId);
    return payee != null && user.accountId().equals(payee.updatedBy);
  }

  private PayeeChange newChange(Payee payee, NewPayeeDetails details) {
    PayeeChange change = new PayeeChange();
    change.id = UUID.randomUUID();
    change.personId = payee.personId;
    change.route = details.route();
    change.receivesBenefits = details.receivesBenefits();
    change.changedBy = user.accountId();
    change.byPayee = user.personId().filter(payee.personId::equals).isPresent();
    change.createdAt = Instant.now();
    return change;
  }

  private void giveBankDetails(Payee payee, PayeeChange change, NewPayeeDetails details) {
    BankDetails bank =
        new BankDetails(
            details.bankAccountName().strip(), details.sortCode(), details.accountNumber());
    String sortCode = BankDetails.digits(bank.sortCode());
    change.bankChanged = true;
    change.sortCodeLast2 = sortCode.substring(4);
    change.accountLast2 = bank.accountNumber().substring(6);
    change.awaitingConfirmation = !change.byPayee;
    if (payee.hasPendingChange()) {
      decide(payee.pendingChangeId, Outcome.SUPERSEDED);
      payee.clearPending();
    }
    byte[] sealed = cipher.encrypt(payee.personId, bank);
    if (change.byPayee) {
      payee.bankDetails = sealed;
      payee.bankKeyId = cipher.keyId();
      payee.sortCodeLast2 = change.sortCodeLast2;
      payee.accountLast2 = change.accountLast2;
    } else {
      payee.pendingChangeId = change.id;
      payee.pendingBankDetails = sealed;
      payee.pendingBankKeyId = cipher.keyId();
      payee.pendingSortCodeLast2 = change.sortCodeLast2;
      payee.pendingAccountLast2 = change.accountLast2;
    }
  }

  private Payee pendingOf(UUID personId, Long expectedVersion) {
    UUID visible = scope.visible(personId, "payment details", STAFF);
    Payee payee = entityManager.find(Payee.class, visible, LockModeType.PESSIMISTIC_WRITE);
    if (payee == null) {
      throw new ProblemException.NotFound("Payment details of person " + personId);
    }
    Versioned.requireCurrent(expectedVersion, payee.version, "These payment details");
    if (!payee.hasPendingChange()) {
      throw new ProblemException.Conflict(
          "No bank details of person " + personId + " await confirmation", "pendingChange");
    }
    return payee;
  }

  private void decide(UUID changeId, Outcome outcome) {
    PayeeChangeDecision decision = new PayeeChangeDecision();
    decision.changeId = changeId;
    decision.outcome = outcome;
    decision.decidedBy = user.accountId();
    decision.decidedAt = Instant.now();
    decision.persist();
  }

  public List<WeekEarnings> weeklyEarnings(UUID personId, LocalDate from, LocalDate to) {
    UUID visible = scope.visible(personId, "earnings", STAFF);
    LocalDate until = to != null ? to : LocalDate.now();
    LocalDate since = from != null ? from : until.minusWeeks(12);
    if (since.isAfter(until)) {
      throw new ProblemException.InvalidField("from", "must be on or before to");
    }
    if (since.plusYears(1).isBefore(until)) {
      throw new ProblemException.InvalidField("from", "at most a year before to");
    }
    return earnings.weekly(visible, since, until);
  }

  public List<BenefitsWarning> warnings(LocalDate from) {
    return earnings.warningsSince(from != null ? from : LocalDate.now().minusWeeks(12));
  }

  PayeeView view(Payee payee) {
    String name = null;
    if (payee.hasBankDetails()) {
      name =
          BankDetails.maskedName(
              cipher.decrypt(payee.personId, payee.bankKeyId, payee.bankDetails).accountName());
    }
    return new PayeeView(
        payee.personId,
        payee.route,
        name,
        BankDetails.maskedSortCode(payee.sortCodeLast2),
        BankDetails.maskedAccountNumber(payee.accountLast2),
        payee.receivesBenefits,
        payee.receivesBenefits ? BenefitsGuidance.forLimit(earnings.weeklyLimitPence()) : List.of(),
        earnings.weeklyLimitPence(),
        payee.updatedAt,
        payee.updatedBy,
        pendingView(payee),
        payee.version);
  }

  private PendingChangeView pendingView(Payee payee) {
    if (!payee.hasPendingChange()) {
      return null;
    }
    PayeeChange change = PayeeChange.findById(payee.pendingChangeId);
    BankDetails pending =
        cipher.decrypt(payee.personId, payee.pendingBankKeyId, payee.pendingBankDetails);
    return new PendingChangeView(
        change.id,
        BankDetails.maskedName(pending.accountName()),
        BankDetails.maskedSortCode(payee.pendingSortCodeLast2),
        BankDetails.maskedAccountNumber(payee.pendingAccountLast2),
        change.changedBy,
        change.createdAt,
        !user.accountId().equals(change.changedBy));
  }

  private Payee existing(UUID personId) {
    UUID visible = scope.visible(personId, "payment details", STAFF);
    Payee payee = Payee.findById(visible);
    if (payee == null) {
      throw new ProblemException.NotFound("Payment details of person " + personId);
    }
    return payee;
  }

  private static void requireWhole(NewPayeeDetails details) {
    if (details.bankAccountName() == null) {
      throw new ProblemException.InvalidField(
          "bankAccountName", "give the name on the account with its sort code and number");
    }
    if (details.sortCode() == null) {
      throw new ProblemException.InvalidField(
          "sortCode", "give the sort code with the account name and number");
    }
    if (details.accountNumber() == null) {
      throw new ProblemException.InvalidField(
          "accountNumber", "give the account number with the account name and sort code");
    }
  }

  private String nextReference() {
    Number next =
        (Number)
            entityManager
                .createNativeQuery("select nextval('payee_reference_seq')")
                .getSingleResult();
    return String.format("CP%06d", next.longValue());
  }
}
