package org.coproduce.payment.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.payment.PayeeScope;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.security.Roles;

/**
 * The append-only ledger: every money movement is an entry written in the transaction of the change
 * it records, and totals are sums of entries, so they always agree with the claims.
 */
@ApplicationScoped
public class Ledger {
  private final EntityManager entityManager;
  private final PayeeScope payees;

  public Ledger(EntityManager entityManager, PayeeScope payees) {
    this.entityManager = entityManager;
    this.payees = payees;
  }

  /** What a movement is about: the claim's payee, booking and day, and the line moved. */
  public record Movement(
      UUID claimId, UUID lineId, UUID personId, String costCentre, UUID projectId, LocalDate day) {}

  /** Money raised, reversed or rejected: in or out of what is owed. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(Movement movement, EntryKind kind, long amountPence) {
    LedgerEntry entry = new LedgerEntry();
    entry.id = UUID.randomUUID();
    entry.claimId = movement.claimId();
    entry.lineId = movement.lineId();
    entry.personId = movement.personId();
    entry.kind = kind;
    entry.account = Account.OWED;
    entry.amountPence = amountPence;
    entry.costCentre = movement.costCentre();
    entry.projectId = movement.projectId();
    entry.taxYear = TaxYear.of(movement.day());
    entry.createdAt = Instant.now();
    entry.persist();
  }

  /**
   * Moves the full amount of each export line that {@code lineFilter} (SQL over {@code export_line
   * x}) selects from one account to another: two entries per line, adding up to nothing, written in
   * one statement however many lines there are.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void transfer(
      EntryKind kind, Account from, Account to, String lineFilter, Map<String, Object> params) {
    var insert =
        entityManager.createNativeQuery(
            "insert into ledger_entry (id, claim_id, line_id, person_id, kind, account,"
                + " amount_pence, cost_centre, project_id, tax_year, created_at)"
                + " select gen_random_uuid(), x.claim_id, x.claim_line_id, x.person_id, :kind,"
                + " leg.account, leg.sign * x.amount_pence, c.cost_centre, c.project_id,"
                + " uk_tax_year(c.activity_date), clock_timestamp()"
                + " from export_line x join claim c on c.id = x.claim_id"
                + " cross join (values (:from, -1), (:to, 1)) as leg(account, sign)"
                + " where "
                + lineFilter);
    insert.setParameter("kind", kind.name());
    insert.setParameter("from", from.name());
    insert.setParameter("to", to.name());
    params.forEach(insert::setParameter);
    insert.executeUpdate();
  }

  public Page<LedgerEntryView> entries(UUID requestedPerson, UUID claimId, PageRequest page) {
    UUID personId = visiblePayee(requestedPerson);
    Map<String, Object> params = new HashMap<>();
    StringBuilder filter = new StringBuilder("1 = 1");
    if (personId != null) {
      filter.append(" and e.personId = :personId");
      params.put("personId", personId);
    }
    if (claimId != null) {
      filter.append(" and e.claimId = :claimId");
      params.put("claimId", claimId);
    }
    return Page.of(
        page.fetch(entityManager, LedgerEntry.class, filter.toString(), params),
        page,
        entry -> new Cursor(entry.createdAt, entry.id),
        LedgerEntryView::of);
  }

  /** A payee's totals per tax year, latest year first. */
  public List<PayeeTotal> payeeTotals(UUID personId) {
    UUID visible = visiblePayee(personId);
    return entityManager
        .createQuery(
            "select new org.coproduce.payment.ledger.PayeeTotal(e.personId, e.taxYear,"
                + " sum(e.amountPence),"
                + " sum(case when e.account = :paid then e.amountPence else 0 end), count(e))"
                + " from LedgerEntry e where e.personId = :personId"
                + " group by e.personId, e.taxYear order by e.taxYear desc",
            PayeeTotal.class)
        .setParameter("personId", visible)
        .setParameter("paid", Account.PAID)
        .getResultList();
  }

  /** Totals per cost centre, for one tax year or every year. */
  public List<CostCentreTotal> costCentreTotals(String taxYear) {
    var query =
        entityManager.createQuery(
            "select new org.coproduce.payment.ledger.CostCentreTotal(e.costCentre, e.taxYear,"
                + " sum(e.amountPence), count(e)) from LedgerEntry e"
                + (taxYear == null ? "" : " where e.taxYear = :taxYear")
                + " group by e.costCentre, e.taxYear order by e.taxYear desc, e.costCentre",
            CostCentreTotal.class);
    if (taxYear != null) {
      query.setParameter("taxYear", taxYear);
    }
    return query.getResultList();
  }

  /** Finance and admins see every payee; a volunteer only themselves (404 for anyone else). */
  private UUID visiblePayee(UUID requested) {
    return payees.visible(requested, "ledger", Roles.FINANCE, Roles.ADMIN);
  }
}
