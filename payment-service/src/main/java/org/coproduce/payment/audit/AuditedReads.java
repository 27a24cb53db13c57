package org.coproduce.payment.audit;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.UUID;
import org.coproduce.payment.claim.ClaimView;
import org.coproduce.platform.audit.AccessAudit;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Audits staff reads of payee and claim data (UK GDPR / NHS IG), by operation id: the one list of
 * what payment-service audits, reviewed in one place rather than spread over the features. It runs
 * once a read has succeeded and before the body is sent, so a refused read leaves no entry and a
 * read that cannot be audited is not delivered. A person reading their own data is not audited.
 */
@Provider
public class AuditedReads implements ContainerResponseFilter {
  @Context ResourceInfo resource;

  private final AccessAudit audit;
  private final CurrentUser user;

  public AuditedReads(AccessAudit audit, CurrentUser user) {
    this.audit = audit;
    this.user = user;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Method method = resource.getResourceMethod();
    Operation operation = method == null ? null : method.getAnnotation(Operation.class);
    if (!HttpMethod.GET.equals(request.getMethod())
        || response.getStatus() != 200
        || operation == null) {
      return;
    }
    MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    Object body = response.getEntity();
    switch (operation.operationId()) {
      case "getPayee" -> read(PaymentRecord.PAYEE, path.getFirst("personId"));
      case "getWeeklyEarnings" -> read(PaymentRecord.WEEKLY_EARNINGS, path.getFirst("personId"));
      case "getPayeeTotals" -> read(PaymentRecord.PAYEE_TOTALS, path.getFirst("personId"));
      case "getPaymentSubjectAccess" ->
          read(PaymentRecord.SUBJECT_ACCESS, path.getFirst("personId"));
      case "getClaim" -> {
        ClaimView claim = (ClaimView) body;
        audit.recordRead(user, claim.personId(), PaymentRecord.CLAIM, claim.id());
      }
      case "listClaims" ->
          list(
              PaymentRecord.CLAIMS,
              query,
              body,
              AccessAudit.filtersGiven(
                  "personId", query.getFirst("personId"),
                  "status", query.getFirst("status"),
                  "cursor", query.getFirst("cursor")));
      case "listLedgerEntries" ->
          list(
              PaymentRecord.LEDGER_ENTRIES,
              query,
              body,
              AccessAudit.filtersGiven(
                  "personId", query.getFirst("personId"),
                  "claimId", query.getFirst("claimId"),
                  "cursor", query.getFirst("cursor")));
      case "listBenefitWarnings" ->
          list(
              PaymentRecord.BENEFIT_WARNINGS,
              query,
              body,
              AccessAudit.filtersGiven("from", query.getFirst("from")));
      default -> {}
    }
  }

  private void read(PaymentRecord record, String personId) {
    audit.recordRead(user, UUID.fromString(personId), record);
  }

  private void list(
      PaymentRecord list, MultivaluedMap<String, String> query, Object body, String filters) {
    String personId = query.getFirst("personId");
    audit.recordListRead(
        user, list, personId == null ? null : UUID.fromString(personId), filters, sizeOf(body));
  }

  private static int sizeOf(Object body) {
    if (body instanceof Page<?> page) {
      return page.items().size();
    }
    return body instanceof Collection<?> items ? items.size() : 0;
  }
}
