package org.coproduce.involvement.person;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.PersonRegistered;
import org.coproduce.involvement.audit.AuditService;
import org.coproduce.involvement.audit.AuditedRecord;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;

@ApplicationScoped
public class PersonService {
  private final EntityManager entityManager;
  private final Outbox outbox;
  private final AuditService audit;

  public PersonService(EntityManager entityManager, Outbox outbox, AuditService audit) {
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.audit = audit;
  }

  /**
   * Registers a person and their {@code PersonRegistered} event in one transaction. The event
   * carries only the id and the type: erasing the person later must not need Kafka rewritten.
   */
  @Transactional
  public PersonView register(NewPerson request, String accountId) {
    Person person = new Person();
    person.id = UUID.randomUUID();
    person.personType = request.personType();
    person.displayName = request.displayName().strip();
    person.email = blankToNull(request.email());
    person.phone = blankToNull(request.phone());
    person.createdAt = Instant.now();
    person.createdBy = accountId;
    person.persist();
    outbox.publish(new PersonRegistered(person.id, person.personType.name()));
    return PersonView.of(person);
  }

  /**
   * One person, if the caller may see them; otherwise it is as if they did not exist. A read by
   * staff is audited in the same transaction.
   */
  @Transactional
  public PersonView get(UUID id, CurrentUser caller) {
    Person person = mayRead(id, caller) ? Person.findById(id) : null;
    if (person == null) {
      throw new ProblemException.NotFound("Person " + id);
    }
    audit.recordRead(caller, id, AuditedRecord.PERSON);
    return PersonView.of(person);
  }

  /**
   * Refuses with 404 unless the person exists and the caller may see them: the check every endpoint
   * under a person's record starts with.
   */
  public void requireReadable(UUID personId, CurrentUser caller) {
    if (!mayRead(personId, caller) || !exists(personId)) {
      throw new ProblemException.NotFound("Person " + personId);
    }
  }

  public Page<PersonView> list(PageRequest page) {
    return Page.of(
        page.fetch(entityManager, Person.class, null, Map.of()),
        page,
        person -> new Cursor(person.createdAt, person.id),
        PersonView::of);
  }

  public boolean exists(UUID id) {
    return Person.count("id", id) > 0;
  }

  /**
   * Whether the caller may see the person's records: the staff who keep the register see everyone,
   * a volunteer only themselves (their token names their person record).
   */
  public boolean mayRead(UUID personId, CurrentUser caller) {
    return caller.hasRole(COORDINATOR)
        || caller.hasRole(ADMIN)
        || caller.personId().filter(personId::equals).isPresent();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
