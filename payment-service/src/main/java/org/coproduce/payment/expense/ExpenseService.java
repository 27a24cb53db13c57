package org.coproduce.payment.expense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.coproduce.payment.Money;
import org.coproduce.payment.PaymentConfig;
import org.coproduce.payment.claim.Claim;
import org.coproduce.payment.claim.ClaimKind;
import org.coproduce.payment.claim.ClaimLine;
import org.coproduce.payment.claim.ClaimService;
import org.coproduce.payment.claim.ClaimView;
import org.coproduce.payment.claim.LineKind;
import org.coproduce.payment.ratecard.ExpenseCategory;
import org.coproduce.payment.ratecard.RateCardService;
import org.coproduce.payment.ratecard.Rates;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.security.Roles;

/**
 * Expense claims: checked against the rate card in force on the day of the expense (its cap, and
 * its rate per mile for mileage), and raised as a pending claim with one line.
 */
@ApplicationScoped
public class ExpenseService {
  private final EntityManager entityManager;
  private final RateCardService rateCards;
  private final ClaimService claims;
  private final CurrentUser user;
  private final PaymentConfig config;

  public ExpenseService(
      EntityManager entityManager,
      RateCardService rateCards,
      ClaimService claims,
      CurrentUser user,
      PaymentConfig config) {
    this.entityManager = entityManager;
    this.rateCards = rateCards;
    this.claims = claims;
    this.user = user;
    this.config = config;
  }

  @Transactional
  public ClaimView submit(NewExpenseClaim expense) {
    UUID personId = payee(expense.personId());
    String costCentre = costCentre(expense.costCentre());
    Rates rates = rateCards.inForce(expense.date());
    long amount = amount(expense, rates);
    Claim claim = new Claim();
    claim.id = UUID.randomUUID();
    claim.kind = ClaimKind.EXPENSE;
    claim.personId = personId;
    claim.projectId = expense.projectId();
    claim.costCentre = costCentre;
    claim.activityDate = expense.date();
    claim.category = expense.category();
    claim.miles = expense.miles();
    if (expense.receipt() != null) {
      claim.receiptFileName = expense.receipt().fileName();
      claim.receiptContentType = expense.receipt().contentType();
      claim.receiptSizeBytes = expense.receipt().sizeBytes();
      claim.receiptSha256 = expense.receipt().sha256();
    }
    claim.recordedBy = user.accountId();
    ClaimLine line = ClaimService.line(claim, LineKind.EXPENSE, amount, rates.version());
    line.miles = expense.miles();
    line.raisedBy = user.accountId();
    claims.open(claim, line);
    entityManager.flush();
    return claims.view(claim);
  }

  /** A volunteer claims for themselves; staff claim for the person they name. */
  private UUID payee(UUID requested) {
    if (user.hasRole(Roles.COORDINATOR) || user.hasRole(Roles.ADMIN)) {
      if (requested == null) {
        throw new ProblemException.InvalidField("personId", "must name whose expense it is");
      }
      return requested;
    }
    UUID own = user.personId().orElseThrow(() -> new ProblemException.NotFound("Your record"));
    if (requested != null && !requested.equals(own)) {
      throw new ProblemException.NotFound("Person " + requested);
    }
    return own;
  }

  private String costCentre(String requested) {
    if (requested == null) {
      return config.defaultCostCentre();
    }
    Number known =
        (Number)
            entityManager
                .createNativeQuery("select count(*) from cost_centre where code = :code")
                .setParameter("code", requested)
                .getSingleResult();
    if (known.longValue() == 0) {
      throw new ProblemException.InvalidField("costCentre", "is not a known cost centre");
    }
    return requested;
  }

  /** Mileage is miles times the rate per mile; anything else is the amount given. Both capped. */
  private static long amount(NewExpenseClaim expense, Rates rates) {
    boolean mileage = expense.category() == ExpenseCategory.MILEAGE;
    if (mileage && expense.miles() == null) {
      throw new ProblemException.InvalidField("miles", "is needed for mileage");
    }
    if (mileage && expense.amountPence() != null) {
      throw new ProblemException.InvalidField(
          "amountPence", "is worked out from the miles for mileage; leave it out");
    }
    if (!mileage && expense.amountPence() == null) {
      throw new ProblemException.InvalidField("amountPence", "is needed for this category");
    }
    if (!mileage && expense.miles() != null) {
      throw new ProblemException.InvalidField("miles", "is only for mileage");
    }
    long amount = mileage ? rates.mileage(expense.miles()) : expense.amountPence();
    long cap =
        rates
            .capFor(expense.category())
            .orElseThrow(
                () ->
                    new ProblemException.RuleBroken(
                        "Rate card "
                            + rates.version()
                            + " pays no "
                            + expense.category()
                            + " expenses",
                        "category"));
    if (amount > cap) {
      throw new ProblemException.RuleBroken(
          "Comes to "
              + Money.pounds(amount)
              + ", above the cap of "
              + Money.pounds(cap)
              + " for "
              + expense.category()
              + " on rate card "
              + rates.version(),
          mileage ? "miles" : "amountPence");
    }
    return amount;
  }
}
