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

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(Movement movement, EntryKind kind, long amountPence) {
    LedgerEntry entry = new LedgerEntry();
    entry.id = UUID.randomUUID();
    entry.claimId = movement.claimId();
    entry.lineId = movement.lineId();
    entry.personId = movement.personId();
    entry.kind = kind;
    entry.amountPence = amountPence;
    entry.costCentre = movement.costCentre();
    entry.projectId = movement.projectId();
    entry.taxYear = TaxYear.of(movement.day());
    entry.createdAt = Instant.now();
    entry.persist();
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
                + " sum(e.amountPence), count(e)) from LedgerEntry e where e.personId = :personId"
                + " group by e.personId, e.taxYear order by e.taxYear desc",
            PayeeTotal.class)
        .setParameter("personId", visible)
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
