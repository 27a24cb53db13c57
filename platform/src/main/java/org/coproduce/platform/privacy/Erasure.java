package org.coproduce.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.events.Contract;
import org.coproduce.events.EventCodec;
import org.coproduce.events.PersonErased;
import org.coproduce.platform.idempotency.Idempotency;
import org.coproduce.platform.inbox.Inbox;

/**
 * Erases a person in this service: marks them erased and has every {@link PersonalData} feature
 * wipe or pseudonymise what it holds, all in the caller's transaction, so an erasure is never half
 * done. Responses kept for Idempotency-Key retries that are about the person are wiped too.
 */
@ApplicationScoped
public class Erasure {
  private final EntityManager entityManager;
  private final Inbox inbox;
  private final Idempotency idempotency;
  private final List<PersonalData> features;

  public Erasure(
      EntityManager entityManager,
      Inbox inbox,
      Idempotency idempotency,
      Instance<PersonalData> features) {
    this.entityManager = entityManager;
    this.inbox = inbox;
    this.idempotency = idempotency;
    this.features = features.stream().toList();
  }

  /**
   * Handles one message of the register's topic in a service other than the register: a {@code
   * PersonErased} is received once by the consumer (inbox) and erases the person here in the same
   * transaction. The topic carries every involvement event; only erasures are worth an inbox row.
   */
  @Transactional
  public void onRegisterEvent(String consumer, String message) {
    if (!Contract.PERSON_ERASED.type().equals(EventCodec.read(message).type())) {
      return;
    }
    inbox
        .receive(consumer, message)
        .map(received -> received.event())
        .filter(PersonErased.class::isInstance)
        .map(PersonErased.class::cast)
        .ifPresent(erased -> erase(erased.personId(), erased.erasedAt()));
  }

  /** Erases the person; the first erasure's time is kept when it runs again. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void erase(UUID personId, Instant erasedAt) {
    entityManager
        .createNativeQuery(
            "insert into erased_person (person_id, erased_at) values (:personId, :erasedAt)"
                + " on conflict do nothing")
        .setParameter("personId", personId)
        .setParameter("erasedAt", erasedAt)
        .executeUpdate();
    features.forEach(feature -> feature.erase(personId));
    idempotency.forgetResponsesAbout(personId);
  }

  /** When this service erased the person, if it has. */
  public Optional<Instant> erasedAt(UUID personId) {
    return entityManager
        .createNativeQuery(
            "select erased_at from erased_person where person_id = :personId", Instant.class)
        .setParameter("personId", personId)
        .getResultStream()
        .map(Instant.class::cast)
        .findFirst();
  }
}
