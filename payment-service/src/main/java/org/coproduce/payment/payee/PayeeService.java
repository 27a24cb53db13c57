package org.coproduce.payment.payee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduce.payment.PayeeScope;
import org.coproduce.platform.privacy.Erasure;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.security.Roles;
import org.coproduce.platform.web.Versioned;

/** Payment details: the route, encrypted bank details and the benefits safeguard. */
@ApplicationScoped
public class PayeeService {
  static final String[] STAFF = {Roles.COORDINATOR, Roles.FINANCE, Roles.ADMIN};

  private final EntityManager entityManager;
  private final BankDetailsCipher cipher;
  private final Earnings earnings;
  private final PayeeScope scope;
  private final CurrentUser user;
  private final Erasure erasure;

  public PayeeService(
      EntityManager entityManager,
      BankDetailsCipher cipher,
      Earnings earnings,
      PayeeScope scope,
      CurrentUser user,
      Erasure erasure) {
    this.entityManager = entityManager;
    this.cipher = cipher;
    this.earnings = earnings;
    this.scope = scope;
    this.user = user;
    this.erasure = erasure;
  }

  /** The result of setting details: whether they were new. */
  public record Saved(PayeeView payee, boolean created) {}

  public PayeeView get(UUID personId) {
    return view(existing(personId));
  }

  /**
   * Sets a person's payment details. Bank details are replaced only as a whole; left out, the
   * stored ones stay. A BACS payee must have them.
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
    if (details.givesBankDetails()) {
      requireWhole(details);
      BankDetails bank =
          new BankDetails(
              details.bankAccountName().strip(), details.sortCode(), details.accountNumber());
      payee.bankDetails = cipher.encrypt(personId, bank);
      payee.bankKeyId = cipher.keyId();
      String sortCode = BankDetails.digits(bank.sortCode());
      payee.sortCodeLast2 = sortCode.substring(4);
      payee.accountLast2 = bank.accountNumber().substring(6);
    }
    if (details.route() == PaymentRoute.BACS && !payee.hasBankDetails()) {
      throw new ProblemException.InvalidField(
          "sortCode", "bank details are needed to be paid by BACS");
    }
    payee.route = details.route();
    payee.receivesBenefits = details.receivesBenefits();
    payee.updatedBy = user.accountId();
    payee.updatedAt = Instant.now();
    if (created) {
      payee.persist();
    }
    entityManager.flush();
    return new Saved(view(payee), created);
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
        payee.version);
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
