package org.coproduce.involvement.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduce.involvement.audit.AuditedRecord;
import org.coproduce.involvement.person.Person;
import org.coproduce.involvement.person.PersonService;
import org.coproduce.platform.audit.AccessAudit;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.problem.UniqueConstraint;
import org.coproduce.platform.security.CurrentUser;

/**
 * Consent per purpose. No event is published for consent: nothing outside this service needs it yet
 * (contact for a purpose is made from here, and asks {@link #allows}). Add a contract in events/
 * when another service does.
 */
@ApplicationScoped
public class ConsentService {
  /** The partial unique index that keeps one consent in force per person and purpose. */
  static final String ONE_IN_FORCE = "consent_one_in_force";

  private final EntityManager entityManager;
  private final PersonService people;
  private final AccessAudit audit;

  public ConsentService(EntityManager entityManager, PersonService people, AccessAudit audit) {
    this.entityManager = entityManager;
    this.people = people;
    this.audit = audit;
  }

  /**
   * Whether the person's details may be used for the purpose now: a consent is in force. Every use
   * (an opportunity e-mail, the newsletter list) asks this at the moment of use, so a withdrawal
   * stops it at once.
   */
  public boolean allows(UUID personId, ConsentPurpose purpose) {
    return Consent.count(
            "personId = ?1 and purpose = ?2 and withdrawnAt is null", personId, purpose)
        > 0;
  }

  /**
   * The people with consent in force for the purpose now, by name: the newsletter's recipients are
   * asked for when it is sent, so a withdrawal takes them off at once.
   */
  public List<Person> peopleAllowing(ConsentPurpose purpose) {
    return entityManager
        .createQuery(
            "select p from Person p where exists (select c.id from Consent c where c.personId ="
                + " p.id and c.purpose = :purpose and c.withdrawnAt is null)"
                + " order by p.displayName, p.id",
            Person.class)
        .setParameter("purpose", purpose)
        .getResultList();
  }

  /**
   * Those of the people who have consent in force for the purpose now: {@link #allows} for many
   * people at once, for lists of whom a coordinator may contact.
   */
  public Set<UUID> whoAllows(Collection<UUID> personIds, ConsentPurpose purpose) {
    if (personIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        entityManager
            .createQuery(
                "select distinct c.personId from Consent c where c.personId in :people"
                    + " and c.purpose = :purpose and c.withdrawnAt is null",
                UUID.class)
            .setParameter("people", personIds)
            .setParameter("purpose", purpose)
            .getResultList());
  }

  /** {@link #allows} for a member of staff asking through the API; the read is audited. */
  @Transactional
  public ConsentAllowedView allowed(UUID personId, ConsentPurpose purpose, CurrentUser caller) {
    people.requireReadable(personId, caller);
    audit.recordRead(caller, personId, AuditedRecord.CONSENTS);
    return new ConsentAllowedView(personId, purpose, allows(personId, purpose));
  }

  /**
   * Records a consent, given now or, when staff enter a signed form later, when it was signed. A
   * second consent to a purpose already in force is refused by the database (two requests can race
   * past any check made here first): withdraw the old one first.
   */
  @Transactional
  public ConsentView give(UUID personId, NewConsent request, CurrentUser caller) {
    people.requireReadable(personId, caller);
    people.requireActive(personId, "personId");
    Consent consent = new Consent();
    consent.id = UUID.randomUUID();
    consent.personId = personId;
    consent.purpose = request.purpose();
    consent.wordingVersion = request.wordingVersion().strip();
    consent.channel = request.channel();
    consent.recordedBy = caller.accountId();
    consent.createdAt = Instant.now();
    consent.givenAt = givenAt(request, caller, consent.createdAt);
    consent.persist();
    UniqueConstraint.flushOrRefuse(
        entityManager,
        ONE_IN_FORCE,
        () ->
            new ProblemException.Conflict(
                "Consent to " + request.purpose() + " is already in force; withdraw it first",
                "purpose"));
    return ConsentView.of(consent);
  }

  /**
   * Withdraws a consent, in force from this moment. The row is locked so two withdrawals cannot
   * both succeed: the second is refused.
   */
  @Transactional
  public ConsentView withdraw(UUID personId, UUID consentId, CurrentUser caller) {
    people.requireReadable(personId, caller);
    Consent consent = Consent.findById(consentId, LockModeType.PESSIMISTIC_WRITE);
    if (consent == null || !consent.personId.equals(personId)) {
      throw new ProblemException.NotFound("Consent " + consentId);
    }
    if (!consent.inForce()) {
      throw new ProblemException.Conflict(
          "Consent " + consentId + " was already withdrawn at " + consent.withdrawnAt, null);
    }
    consent.withdrawnAt = Instant.now();
    consent.withdrawnBy = caller.accountId();
    entityManager.flush();
    return ConsentView.of(consent);
  }

  /** One consent record of a person; audited for staff. */
  @Transactional
  public ConsentView get(UUID personId, UUID consentId, CurrentUser caller) {
    people.requireReadable(personId, caller);
    Consent consent = Consent.findById(consentId);
    if (consent == null || !consent.personId.equals(personId)) {
      throw new ProblemException.NotFound("Consent " + consentId);
    }
    audit.recordRead(caller, personId, AuditedRecord.CONSENTS);
    return ConsentView.of(consent);
  }

  /**
   * A back-dated consent is a paper form entered later, so only the staff who keep the register may
   * give one; a volunteer's own consent is given when they give it.
   */
  private Instant givenAt(NewConsent request, CurrentUser caller, Instant now) {
    if (request.givenAt() == null) {
      return now;
    }
    if (!people.keepsRegister(caller)) {
      throw new ProblemException.RuleBroken(
          "Only staff entering a signed form may say when it was signed", "givenAt");
    }
    return request.givenAt().isAfter(now) ? now : request.givenAt();
  }

  /** Where each purpose stands now and every consent record, newest first; audited for staff. */
  @Transactional
  public ConsentsView of(UUID personId, CurrentUser caller) {
    people.requireReadable(personId, caller);
    audit.recordRead(caller, personId, AuditedRecord.CONSENTS);
    List<ConsentView> history =
        Consent.<Consent>list("personId = ?1 order by createdAt desc, id desc", personId).stream()
            .map(ConsentView::of)
            .toList();
    List<ConsentsView.PurposeState> current =
        Arrays.stream(ConsentPurpose.values()).map(purpose -> stateOf(purpose, history)).toList();
    return new ConsentsView(personId, current, history);
  }

  private static ConsentsView.PurposeState stateOf(
      ConsentPurpose purpose, List<ConsentView> history) {
    ConsentView inForce =
        history.stream()
            .filter(consent -> consent.purpose() == purpose && consent.inForce())
            .findFirst()
            .orElse(null);
    return new ConsentsView.PurposeState(purpose, inForce != null, inForce);
  }
}
