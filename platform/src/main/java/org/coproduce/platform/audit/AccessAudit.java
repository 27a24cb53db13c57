package org.coproduce.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.security.CurrentUser;

/**
 * The audit of reads of personal data by staff (UK GDPR / NHS IG: who read what, when), one table
 * per service. A read is written in the read's transaction when there is one, so a read that fails
 * leaves no entry. A person reading their own data is not audited: only staff access is. Each
 * service serves the audit to admins from a resource of its own (the operation ids differ) and
 * exports a person's entries in its subject access.
 */
@ApplicationScoped
public class AccessAudit {
  private final EntityManager entityManager;

  public AccessAudit(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Audits a read of one person's record of the given kind (the feature's enum constant). */
  @Transactional
  public void recordRead(CurrentUser caller, UUID personId, Enum<?> recordType) {
    recordRead(caller, personId, recordType, personId);
  }

  /** Audits a read of one record (e.g. a claim) that belongs to the person. */
  @Transactional
  public void recordRead(CurrentUser caller, UUID personId, Enum<?> recordType, UUID recordId) {
    if (isOwn(caller, personId)) {
      return;
    }
    persist(caller, recordType.name(), recordId, personId, null, null);
  }

  /**
   * Audits a list read: which list, the names of the filters used (see {@link #filtersGiven}), and
   * how many items it returned. {@code personId} is the one person the list was about, or null for
   * a list of many people.
   */
  @Transactional
  public void recordListRead(
      CurrentUser caller, Enum<?> list, UUID personId, String filters, int returned) {
    if (personId != null && isOwn(caller, personId)) {
      return;
    }
    persist(caller, list.name(), null, personId, filters, returned);
  }

  /** Audited reads, newest first, of one person's data or of everyone's. */
  public Page<AccessAuditView> list(UUID personId, PageRequest page) {
    String filter = personId == null ? null : "e.personId = :personId";
    Map<String, Object> params = personId == null ? Map.of() : Map.of("personId", personId);
    return Page.of(
        page.fetch(entityManager, PersonalDataRead.class, filter, params),
        page,
        read -> new Cursor(read.createdAt, read.id),
        AccessAuditView::of);
  }

  /** Every audited read of the person's data, oldest first, for their subject access export. */
  public List<AccessAuditView> of(UUID personId) {
    return PersonalDataRead.<PersonalDataRead>list("personId = ?1 order by createdAt, id", personId)
        .stream()
        .map(AccessAuditView::of)
        .toList();
  }

  /**
   * A query's shape without its values, which may be a name or a condition: the names of the
   * filters given, sorted ({@code name,type}; empty for none), from name and value pairs.
   */
  public static String filtersGiven(Object... nameAndValue) {
    List<String> given = new ArrayList<>();
    for (int i = 0; i < nameAndValue.length; i += 2) {
      if (present(nameAndValue[i + 1])) {
        given.add((String) nameAndValue[i]);
      }
    }
    return given.stream().sorted().collect(Collectors.joining(","));
  }

  private static boolean present(Object value) {
    if (value instanceof String text) {
      return !text.isBlank();
    }
    if (value instanceof Collection<?> values) {
      return !values.isEmpty();
    }
    return value != null;
  }

  private static boolean isOwn(CurrentUser caller, UUID personId) {
    return caller.personId().filter(personId::equals).isPresent();
  }

  private void persist(
      CurrentUser caller,
      String recordType,
      UUID recordId,
      UUID personId,
      String query,
      Integer returned) {
    PersonalDataRead read = new PersonalDataRead();
    read.id = UUID.randomUUID();
    read.accountId = Objects.requireNonNull(caller.accountId());
    read.recordType = recordType;
    read.recordId = recordId;
    read.personId = personId;
    read.query = query;
    read.returned = returned;
    read.createdAt = Instant.now();
    read.persist();
  }
}
