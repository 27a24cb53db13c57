package org.coproduce.involvement.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/** Who read the person's records, and when: the person has a right to know. */
@ApplicationScoped
public class AccessAuditData implements PersonalData {

  @Override
  public String section() {
    return "accessAudit";
  }

  @Override
  public List<AccessAuditView> exportFor(UUID personId) {
    return AccessAudit.<AccessAudit>list("personId = ?1 order by createdAt, id", personId).stream()
        .map(AccessAuditView::of)
        .toList();
  }

  /** Kept as it is: the audit of access to personal records outlives the records (NHS IG). */
  @Override
  public void erase(UUID personId) {}
}
