package org.coproduce.platform.inbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets inbox rows older than {@code coproduce.inbox.retention}. The retention must outlast any
 * redelivery of the same event: a consumer's uncommitted offsets, a redrive of a parked record. A
 * projection rebuild forgets its own rows anyway.
 */
@ApplicationScoped
public class InboxPurge {
  private final EntityManager entityManager;
  private final Duration retention;

  public InboxPurge(
      EntityManager entityManager,
      @ConfigProperty(name = "coproduce.inbox.retention") Duration retention) {
    this.entityManager = entityManager;
    this.retention = retention;
  }

  @Scheduled(every = "1h", delayed = "1m")
  void purgeHourly() {
    purge();
  }

  /** Returns how many rows were forgotten. */
  @Transactional
  public int purge() {
    return entityManager
        .createNativeQuery("delete from inbox_message where received_at < :before")
        .setParameter("before", Instant.now().minus(retention))
        .executeUpdate();
  }
}
