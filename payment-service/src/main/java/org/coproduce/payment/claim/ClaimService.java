package org.coproduce.payment.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.ParticipationRecorded;
import org.coproduce.events.PaymentClaimCreated;
import org.coproduce.payment.ratecard.Fee;
import org.coproduce.payment.ratecard.RateCardService;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.security.Roles;

@ApplicationScoped
public class ClaimService {
  private final EntityManager entityManager;
  private final RateCardService rateCards;
  private final Outbox outbox;
  private final CurrentUser user;

  public ClaimService(
      EntityManager entityManager, RateCardService rateCards, Outbox outbox, CurrentUser user) {
    this.entityManager = entityManager;
    this.rateCards = rateCards;
    this.outbox = outbox;
    this.user = user;
  }

  /**
   * Raises the pending fee claim for a participation, unless one exists: a participation carries
   * one fee, however often its event arrives (the inbox already drops repeats of the same event).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void raiseFeeClaim(ParticipationRecorded participation) {
    if (Claim.count("participationId", participation.participationId()) > 0) {
      return;
    }
    Fee fee =
        rateCards.feeFor(participation.activityType(), participation.date(), participation.hours());
    Claim claim = new Claim();
    claim.id = UUID.randomUUID();
    claim.participationId = participation.participationId();
    claim.personId = participation.personId();
    claim.projectId = participation.projectId();
    claim.activityType = participation.activityType();
    claim.activityDate = participation.date();
    claim.hours = participation.hours();
    claim.amountPence = fee.amountPence();
    claim.rateCardVersion = fee.rateCardVersion();
    claim.status = ClaimStatus.PENDING;
    claim.recordedBy = participation.recordedBy();
    claim.createdAt = Instant.now();
    claim.persist();
    outbox.publish(
        new PaymentClaimCreated(
            claim.id,
            claim.participationId,
            claim.personId,
            claim.amountPence,
            claim.rateCardVersion));
  }

  /** Claims newest first; {@code requested} narrows to one payee (a volunteer sees only theirs). */
  public Page<ClaimView> list(UUID requested, ClaimStatus status, PageRequest page) {
    UUID personId = visiblePayee(requested);
    Map<String, Object> params = new HashMap<>();
    StringBuilder filter = new StringBuilder("1 = 1");
    if (personId != null) {
      filter.append(" and e.personId = :personId");
      params.put("personId", personId);
    }
    if (status != null) {
      filter.append(" and e.status = :status");
      params.put("status", status);
    }
    return Page.of(
        page.fetch(entityManager, Claim.class, filter.toString(), params),
        page,
        claim -> new Cursor(claim.createdAt, claim.id),
        ClaimView::of);
  }

  /** Staff may look at anyone's claims; a volunteer only ever at their own (404 for others). */
  private UUID visiblePayee(UUID requested) {
    if (user.hasRole(Roles.FINANCE)
        || user.hasRole(Roles.COORDINATOR)
        || user.hasRole(Roles.ADMIN)) {
      return requested;
    }
    UUID own = user.personId().orElseThrow(() -> new ProblemException.NotFound("Your claims"));
    if (requested != null && !requested.equals(own)) {
      throw new ProblemException.NotFound("Claims of person " + requested);
    }
    return own;
  }
}
