package org.coproduce.involvement.audit;

import java.time.Instant;
import java.util.UUID;

public record AccessAuditView(
    UUID id,
    String accountId,
    AuditedRecord recordType,
    UUID recordId,
    UUID personId,
    Instant readAt) {

  public static AccessAuditView of(AccessAudit audit) {
    return new AccessAuditView(
        audit.id,
        audit.accountId,
        audit.recordType,
        audit.recordId,
        audit.personId,
        audit.createdAt);
  }
}
