package org.coproduce.payment.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.audit.AccessAudit;
import org.coproduce.platform.audit.AccessAuditView;
import org.coproduce.platform.privacy.PersonalData;

/** Who read the person's payment data, and when: the person has a right to know. */
@ApplicationScoped
public class AccessAuditData implements PersonalData {
  private final AccessAudit audit;

  public AccessAuditData(AccessAudit audit) {
    this.audit = audit;
  }

  @Override
  public String section() {
    return "accessAudit";
  }

  @Override
  public List<AccessAuditView> exportFor(UUID personId) {
    return audit.of(personId);
  }

  /** Kept as it is: the audit of access to personal records outlives the records (NHS IG). */
  @Override
  public void erase(UUID personId) {}
}
