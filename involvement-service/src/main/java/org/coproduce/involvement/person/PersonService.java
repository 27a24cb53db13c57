package org.coproduce.involvement.person;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.FINANCE;
import static org.coproduce.platform.security.Roles.QI_LEAD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.PersonRegistered;
import org.coproduce.involvement.audit.AuditedRecord;
import org.coproduce.platform.audit.AccessAudit;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;

@ApplicationScoped
public class PersonService {
  private final EntityManager entityManager;
  private final Outbox outbox;
  private final AccessAudit audit;

  public PersonService(EntityManager entityManager, Outbox outbox, AccessAudit audit) {
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
    describe(person, request);
    person.createdAt = Instant.now();
    person.createdBy = accountId;
    person.persist();
    outbox.publish(new PersonRegistered(person.id, person.personType.name()));
    return PersonView.of(person);
  }

  /**
   * Replaces the person's profile. The person themselves may keep it up to date, except their type,
   * which the register's keepers decide.
   */
  @Transactional
  public PersonView update(UUID id, NewPerson request, Long expectedVersion, CurrentUser caller) {
    Person person = mayRead(id, caller) ? Person.findById(id) : null;
    if (person == null) {
      throw new ProblemException.NotFound("Person " + id);
    }
    Versioned.requireCurrent(expectedVersion, person.version, "Person " + id);
    refuseIfErased(person, "id");
    if (request.personType() != person.personType) {
      if (!keepsRegister(caller)) {
        throw new ProblemException.RuleBroken(
            "Only the staff who keep the register change a person's type", "personType");
      }
      person.personType = request.personType();
    }
    describe(person, request);
    person.updatedAt = Instant.now();
    entityManager.flush();
    return PersonView.of(person);
  }

  /**
   * One person, if the caller may see them; otherwise it is as if they did not exist. Other staff
   * than the register's keepers see no contact details or access needs. A read by staff is audited
   * in the same transaction.
   */
  @Transactional
  public PersonView get(UUID id, CurrentUser caller) {
    boolean whole = mayRead(id, caller);
    Person person = whole || maySeeWithoutContact(caller) ? Person.findById(id) : null;
    if (person == null) {
      throw new ProblemException.NotFound("Person " + id);
    }
    audit.recordRead(caller, id, AuditedRecord.PERSON);
    return whole ? PersonView.of(person) : PersonView.withoutContact(person);
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

  /**
   * The register, newest first, narrowed by any of: part of the name, the type of person, an
   * interest. The search is audited: the page holds contact details and access needs of many
   * people, though no one person's record is opened.
   */
  @Transactional
  public Page<PersonView> search(
      String nameContains, PersonType type, String interest, PageRequest page, CurrentUser caller) {
    List<String> filters = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (nameContains != null && !nameContains.isBlank()) {
      filters.add("lower(e.displayName) like :name escape '!'");
      params.put("name", "%" + likeLiteral(nameContains.strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (type != null) {
      filters.add("e.personType = :type");
      params.put("type", type);
    }
    if (interest != null && !interest.isBlank()) {
      filters.add("array_contains(e.interests, :interest)");
      params.put("interest", interest.strip().toLowerCase(Locale.ROOT));
    }
    Page<PersonView> found =
        Page.of(
            page.fetch(
                entityManager,
                Person.class,
                filters.isEmpty() ? null : String.join(" and ", filters),
                params),
            page,
            person -> new Cursor(person.createdAt, person.id),
            PersonView::of);
    audit.recordListRead(
        caller,
        AuditedRecord.REGISTER_SEARCH,
        null,
        AccessAudit.filtersGiven(
            "name", nameContains, "type", type, "interest", interest, "cursor", page.after()),
        found.items().size());
    return found;
  }

  public boolean exists(UUID id) {
    return Person.count("id", id) > 0;
  }

  /**
   * Refuses (422 naming {@code field}) to add anything about a person who is not in the register or
   * has been erased: nothing new is recorded against a pseudonym.
   */
  public void requireActive(UUID personId, String field) {
    Person person = Person.findById(personId);
    if (person == null) {
      throw new ProblemException.RuleBroken(
          "Person " + personId + " is not in the register", field);
    }
    refuseIfErased(person, field);
  }

  /**
   * Whether the caller may see the person's records: the staff who keep the register see everyone,
   * a volunteer only themselves (their token names their person record) until they are erased.
   */
  public boolean mayRead(UUID personId, CurrentUser caller) {
    return keepsRegister(caller)
        || (caller.personId().filter(personId::equals).isPresent()
            && Person.count("id = ?1 and erasedAt is null", personId) > 0);
  }

  private static void refuseIfErased(Person person, String field) {
    if (person.erased()) {
      throw new ProblemException.RuleBroken(
          "Person " + person.id + " has been erased; nothing more is recorded about them", field);
    }
  }

  /** Whether the caller is one of the staff who keep the register. */
  public boolean keepsRegister(CurrentUser caller) {
    return caller.hasRole(COORDINATOR) || caller.hasRole(ADMIN);
  }

  /** Staff who work with people in the register without needing to contact them. */
  private static boolean maySeeWithoutContact(CurrentUser caller) {
    return caller.hasRole(QI_LEAD) || caller.hasRole(FINANCE);
  }

  private static void describe(Person person, NewPerson request) {
    person.displayName = request.displayName().strip();
    person.email = blankToNull(request.email());
    person.phone = blankToNull(request.phone());
    person.postalAddress = blankToNull(request.postalAddress());
    person.postcode =
        request.postcode() == null || request.postcode().isBlank()
            ? null
            : request.postcode().strip().toUpperCase(Locale.ROOT);
    person.accessNeeds = blankToNull(request.accessNeeds());
    person.preferredTimes =
        request.preferredTimes() == null
            ? new ArrayList<>()
            : request.preferredTimes().stream().sorted().map(Enum::name).toList();
    person.preferredLocations = stripped(request.preferredLocations(), false);
    person.interests = stripped(request.interests(), true);
  }

  private static List<String> stripped(Collection<String> values, boolean lowerCase) {
    if (values == null) {
      return new ArrayList<>();
    }
    return values.stream()
        .map(String::strip)
        .map(value -> lowerCase ? value.toLowerCase(Locale.ROOT) : value)
        .distinct()
        .toList();
  }

  /** Escapes LIKE's wildcards, so a search for "50%" finds the text "50%". */
  private static String likeLiteral(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
