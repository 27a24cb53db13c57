package org.coproduce.payment.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.events.PaymentClaimApproved;
import org.coproduce.events.PaymentClaimRejected;
import org.coproduce.payment.Money;
import org.coproduce.payment.PaymentConfig;
import org.coproduce.payment.claim.Claim;
import org.coproduce.payment.claim.ClaimDecision;
import org.coproduce.payment.claim.ClaimLine;
import org.coproduce.payment.claim.ClaimService;
import org.coproduce.payment.claim.ClaimStatus;
import org.coproduce.payment.claim.ClaimView;
import org.coproduce.payment.payee.PayeeService;
import org.coproduce.platform.outbox.Outbox;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.security.Roles;
import org.coproduce.platform.web.Versioned;

/**
 * Approval with segregation of duties: nobody decides on a claim that is theirs (by the person id
 * of their account, staff included), whose attendance they recorded, or any line of which they
 * raised; nobody approves the claims of a person whose payment details they changed last; an
 * approval may not exceed the approver's limit. Every decision is kept (who, when, outcome, reason)
 * and announced.
 */
@ApplicationScoped
public class ApprovalService {
  private final EntityManager entityManager;
  private final ClaimService claims;
  private final Outbox outbox;
  private final CurrentUser user;
  private final PaymentConfig config;
  private final PayeeService payees;

  public ApprovalService(
      EntityManager entityManager,
      ClaimService claims,
      Outbox outbox,
      CurrentUser user,
      PaymentConfig config,
      PayeeService payees) {
    this.entityManager = entityManager;
    this.claims = claims;
    this.outbox = outbox;
    this.user = user;
    this.config = config;
    this.payees = payees;
  }

  @Transactional
  public ClaimView approve(UUID claimId, Approval approval, Long expectedVersion) {
    Claim claim = claims.locked(claimId);
    List<ClaimLine> pending = decidable(claim, expectedVersion);
    if (payees.callerChangedLatest(claim.personId)) {
      throw new ProblemException.Forbidden(
          "Segregation of duties: you made the latest change to this person's payment details, so"
              + " someone else approves their claims");
    }
    long net = net(pending);
    long limit = limitOfCaller();
    if (net > limit) {
      throw new ProblemException.Forbidden(
          "This claim comes to "
              + Money.pounds(net)
              + ", above your approval limit of "
              + Money.pounds(limit)
              + ": someone with a higher limit must approve it");
    }
    ClaimDecision decision = decide(claim, pending, ClaimStatus.APPROVED, approval.reason(), net);
    outbox.publish(new PaymentClaimApproved(claim.id, claim.personId, net, decision.decidedBy));
    return viewAfter(claim);
  }

  @Transactional
  public ClaimView reject(UUID claimId, Rejection rejection, Long expectedVersion) {
    Claim claim = claims.locked(claimId);
    List<ClaimLine> pending = decidable(claim, expectedVersion);
    long net = net(pending);
    ClaimDecision decision = decide(claim, pending, ClaimStatus.REJECTED, rejection.reason(), net);
    outbox.publish(new PaymentClaimRejected(claim.id, claim.personId, net, decision.decidedBy));
    return viewAfter(claim);
  }

  public ApprovalLimitView limitOf(String accountId) {
    ApprovalLimit limit = ApprovalLimit.findById(accountId);
    if (limit == null) {
      throw new ProblemException.NotFound("An approval limit of account " + accountId);
    }
    return ApprovalLimitView.of(limit);
  }

  @Transactional
  public ApprovalLimitView setLimit(String accountId, long limitPence) {
    ApprovalLimit limit = ApprovalLimit.findById(accountId);
    if (limit == null) {
      limit = new ApprovalLimit();
      limit.accountId = accountId;
    }
    limit.limitPence = limitPence;
    limit.setBy = user.accountId();
    limit.setAt = Instant.now();
    limit.persist();
    return ApprovalLimitView.of(limit);
  }

  /** The pending lines, once the claim is current, still pending and not the caller's own. */
  private List<ClaimLine> decidable(Claim claim, Long expectedVersion) {
    Versioned.requireCurrent(expectedVersion, claim.version, "Claim " + claim.id);
    if (claim.status != ClaimStatus.PENDING) {
      throw new ProblemException.Conflict(
          "Claim " + claim.id + " is already " + claim.status.name().toLowerCase(), "status");
    }
    List<ClaimLine> lines = ClaimService.lines(claim);
    requireSegregation(claim, lines);
    return lines.stream().filter(line -> line.status == ClaimStatus.PENDING).toList();
  }

  private void requireSegregation(Claim claim, List<ClaimLine> lines) {
    if (user.personId().filter(claim.personId::equals).isPresent()) {
      throw new ProblemException.Forbidden(
          "Segregation of duties: nobody decides on their own claim");
    }
    String me = user.accountId();
    if (me.equals(claim.recordedBy) || lines.stream().anyMatch(l -> me.equals(l.raisedBy))) {
      throw new ProblemException.Forbidden(
          "Segregation of duties: whoever recorded the attendance, corrected it or submitted the"
              + " claim may not decide on it");
    }
  }

  private ClaimDecision decide(
      Claim claim, List<ClaimLine> pending, ClaimStatus outcome, String reason, long net) {
    ClaimDecision decision = new ClaimDecision();
    decision.id = UUID.randomUUID();
    decision.claimId = claim.id;
    decision.outcome = outcome;
    decision.reason = reason == null || reason.isBlank() ? null : reason.strip();
    decision.amountPence = net;
    decision.decidedBy = user.accountId();
    decision.decidedAt = Instant.now();
    decision.persist();
    claims.decide(claim, pending, decision);
    return decision;
  }

  /** The caller's own limit if an admin set one, else the highest default of their roles. */
  private long limitOfCaller() {
    ApprovalLimit own = ApprovalLimit.findById(user.accountId());
    if (own != null) {
      return own.limitPence;
    }
    long limit = 0;
    if (user.hasRole(Roles.FINANCE)) {
      limit = Math.max(limit, config.approval().financeLimitPence());
    }
    if (user.hasRole(Roles.COORDINATOR)) {
      limit = Math.max(limit, config.approval().coordinatorLimitPence());
    }
    return limit;
  }

  private ClaimView viewAfter(Claim claim) {
    entityManager.flush();
    return claims.view(claim);
  }

  private static long net(List<ClaimLine> lines) {
    return lines.stream().mapToLong(line -> line.amountPence).sum();
  }
}
