package org.coproduce.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Erases a person in this service: marks them erased and has every {@link PersonalData} feature
 * wipe or pseudonymise what it holds, all in the caller's transaction, so an erasure is never half
 * done.
 */
@ApplicationScoped
public class Erasure {
  private final EntityManager entityManager;
  private final List<PersonalData> features;

  public Erasure(EntityManager entityManager, Instance<PersonalData> features) {
    this.entityManager = entityManager;
    this.features = features.stream().toList();
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
