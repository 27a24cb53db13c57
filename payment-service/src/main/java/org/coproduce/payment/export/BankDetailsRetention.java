package org.coproduce.payment.export;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.coproduce.payment.PaymentConfig;

/**
 * How long export lines keep the bank details copied into them (docs/adr/0005). Finance needs them
 * until a line is settled, and for a while after to answer queries about the payment; then they are
 * wiped, erased person or not. An erased person's are wiped as soon as their line is settled. A
 * batch's files show blank bank details for a wiped line, so they no longer match its checksum.
 */
@ApplicationScoped
public class BankDetailsRetention {
  private static final String WIPE =
      "update export_line set bank_details = null, bank_key_id = null"
          + " where bank_details is not null and outcome <> 'AWAITING' and ";

  private final EntityManager entityManager;
  private final PaymentConfig config;

  public BankDetailsRetention(EntityManager entityManager, PaymentConfig config) {
    this.entityManager = entityManager;
    this.config = config;
  }

  /** Wipes the bank details of lines settled longer ago than the retention. */
  @Scheduled(every = "1h", delayed = "1m")
  @Transactional
  public void wipeExpired() {
    entityManager
        .createNativeQuery(WIPE + "outcome_at < :before")
        .setParameter("before", Instant.now().minus(config.export().bankDetailsRetention()))
        .executeUpdate();
  }

  /** Wipes the bank details of the person's settled lines, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void wipeSettledOf(UUID personId) {
    entityManager
        .createNativeQuery(WIPE + "person_id = :personId")
        .setParameter("personId", personId)
        .executeUpdate();
  }

  /** Wipes, among lines just settled, those of people erased while they were in flight. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void wipeErasedAmong(Collection<UUID> exportLineIds) {
    if (exportLineIds.isEmpty()) {
      return;
    }
    entityManager
        .createNativeQuery(
            WIPE + "id in (:ids)" + " and person_id in (select person_id from erased_person)")
        .setParameter("ids", exportLineIds)
        .executeUpdate();
  }
}
