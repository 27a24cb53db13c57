package org.coproduce.involvement.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.security.CurrentUser;

/**
 * The audit of reads of people's records (UK GDPR / NHS IG: who read what, when). Kept here, not in
 * platform: only involvement-service holds personal records so far.
 */
@ApplicationScoped
public class AuditService {
  private final EntityManager entityManager;

  public AuditService(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Audits a read of a person's record, in the transaction of the read. A person reading their own
   * record is not audited: only staff access is.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordRead(CurrentUser caller, UUID personId, AuditedRecord recordType) {
    if (caller.personId().filter(personId::equals).isPresent()) {
      return;
    }
    AccessAudit audit = new AccessAudit();
    audit.id = UUID.randomUUID();
    audit.accountId = caller.accountId();
    audit.recordType = recordType;
    audit.recordId = personId;
    audit.personId = personId;
    audit.createdAt = Instant.now();
    audit.persist();
  }

  /** Audited reads, newest first, of one person's records or of everyone's. */
  public Page<AccessAuditView> list(UUID personId, PageRequest page) {
    String filter = personId == null ? null : "e.personId = :personId";
    Map<String, Object> params = personId == null ? Map.of() : Map.of("personId", personId);
    return Page.of(
        page.fetch(entityManager, AccessAudit.class, filter, params),
        page,
        audit -> new Cursor(audit.createdAt, audit.id),
        AccessAuditView::of);
  }
}
