package org.coproduce.involvement.privacy;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.events.PersonErased;
import org.coproduce.involvement.audit.AuditedRecord;
import org.coproduce.involvement.person.Person;
import org.coproduce.involvement.person.PersonService;
import org.coproduce.platform.audit.AccessAudit;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.privacy.Erasure;
import org.coproduce.platform.privacy.SubjectAccess;
import org.coproduce.platform.privacy.SubjectAccessView;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;

/** Subject access and erasure for the register (docs/adr/0005-subject-access-and-erasure.md). */
@ApplicationScoped
public class PrivacyService {
  private final EntityManager entityManager;
  private final PersonService people;
  private final SubjectAccess subjectAccess;
  private final Erasure erasure;
  private final AccessAudit audit;
  private final Outbox outbox;

  public PrivacyService(
      EntityManager entityManager,
      PersonService people,
      SubjectAccess subjectAccess,
      Erasure erasure,
      AccessAudit audit,
      Outbox outbox) {
    this.entityManager = entityManager;
    this.people = people;
    this.subjectAccess = subjectAccess;
    this.erasure = erasure;
    this.audit = audit;
    this.outbox = outbox;
  }

  /** Everything held about a person in this service; a read by staff is audited. */
  @Transactional
  public SubjectAccessView export(UUID personId, CurrentUser caller) {
    people.requireReadable(personId, caller);
    SubjectAccessView export = subjectAccess.export(personId, caller);
    audit.recordRead(caller, personId, AuditedRecord.SUBJECT_ACCESS);
    return export;
  }

  /**
   * Erases a person in one transaction: every feature wipes or pseudonymises what it holds, and
   * {@code PersonErased} tells the other services to do the same. The row is locked, so two
   * erasures cannot both go ahead: the second is refused.
   */
  @Transactional
  public ErasureView erase(
      UUID personId, ErasureReason reason, Long expectedVersion, CurrentUser caller) {
    boolean keepsRegister = caller.hasRole(COORDINATOR) || caller.hasRole(ADMIN);
    Person person =
        keepsRegister ? Person.findById(personId, LockModeType.PESSIMISTIC_WRITE) : null;
    if (person == null) {
      throw new ProblemException.NotFound("Person " + personId);
    }
    Versioned.requireCurrent(expectedVersion, person.version, "Person " + personId);
    if (person.erased()) {
      throw new ProblemException.Conflict(
          "Person " + personId + " was already erased at " + person.erasedAt, null);
    }
    Instant now = Instant.now();
    person.erasedAt = now;
    person.erasedBy = caller.accountId();
    person.erasureReason = reason == null ? null : reason.name();
    erasure.erase(personId, now);
    outbox.publish(new PersonErased(personId, now));
    entityManager.flush();
    return ErasureView.of(person);
  }
}
