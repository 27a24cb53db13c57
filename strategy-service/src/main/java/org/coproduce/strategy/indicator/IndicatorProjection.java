package org.coproduce.strategy.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.coproduce.events.Event;
import org.coproduce.events.MalformedEventException;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.PaymentClaimCreated;
import org.coproduce.events.PaymentMade;
import org.coproduce.events.PersonRegistered;
import org.coproduce.events.ProjectCreated;
import org.coproduce.platform.inbox.Inbox;
import org.coproduce.platform.inbox.ReceivedEvent;

/**
 * Folds events into the indicator totals. Every change first locks the totals row, so live
 * consumption and a rebuild take turns and never deadlock on the inbox.
 */
@ApplicationScoped
public class IndicatorProjection {
  static final String CONSUMER = "strategy-service.indicators";

  private final EntityManager entityManager;
  private final Inbox inbox;

  public IndicatorProjection(EntityManager entityManager, Inbox inbox) {
    this.entityManager = entityManager;
    this.inbox = inbox;
  }

  /** A malformed message changes nothing, so it need not doom the caller's transaction. */
  @Transactional(
      value = Transactional.TxType.MANDATORY,
      dontRollbackOn = MalformedEventException.class)
  public void apply(String message) {
    IndicatorTotals totals = lockedTotals();
    inbox.receive(CONSUMER, message).ifPresent(received -> fold(totals, received));
  }

  public IndicatorsView current() {
    return IndicatorsView.of(entityManager.find(IndicatorTotals.class, IndicatorTotals.ONLY_ROW));
  }

  /** Empties the totals and forgets what was handled, ready for a replay from the beginning. */
  @Transactional(Transactional.TxType.MANDATORY)
  IndicatorTotals resetForReplay() {
    IndicatorTotals totals = lockedTotals();
    totals.reset();
    inbox.forget(CONSUMER);
    return totals;
  }

  private IndicatorTotals lockedTotals() {
    return entityManager.find(
        IndicatorTotals.class, IndicatorTotals.ONLY_ROW, LockModeType.PESSIMISTIC_WRITE);
  }

  private static void fold(IndicatorTotals totals, ReceivedEvent received) {
    Event event = received.event();
    if (event instanceof ProjectCreated) {
      totals.projects++;
    } else if (event instanceof PersonRegistered) {
      totals.people++;
    } else if (event instanceof ParticipationRecorded participation) {
      totals.participations++;
      totals.hours = totals.hours.add(participation.hours());
    } else if (event instanceof PaymentClaimCreated claim) {
      totals.claims++;
      totals.claimedPence += claim.amountPence();
    } else if (event instanceof PaymentMade payment) {
      totals.payments++;
      totals.paidPence += payment.amountPence();
    }
    if (totals.lastEventAt == null
        || received.envelope().occurredAt().isAfter(totals.lastEventAt)) {
      totals.lastEventAt = received.envelope().occurredAt();
    }
  }
}
