package org.coproduce.involvement.opportunity;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.QI_LEAD;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;

/**
 * Opportunities and their life: drafted by staff, published to volunteers, closed. Volunteers only
 * ever see published ones; anything else is as if it did not exist.
 */
@ApplicationScoped
public class OpportunityService {
  /** Closing dates are days in the trust's own time zone. */
  static final ZoneId TRUST_ZONE = ZoneId.of("Europe/London");

  private final EntityManager entityManager;

  public OpportunityService(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public static LocalDate today() {
    return LocalDate.now(TRUST_ZONE);
  }

  /** Creates a draft; a QI lead drafts, a coordinator publishes. */
  @Transactional
  public OpportunityView create(NewOpportunity request, CurrentUser caller) {
    Opportunity opportunity = new Opportunity();
    opportunity.id = UUID.randomUUID();
    describe(opportunity, request);
    opportunity.status = OpportunityStatus.DRAFT;
    opportunity.createdAt = Instant.now();
    opportunity.createdBy = caller.accountId();
    opportunity.persist();
    return OpportunityView.of(opportunity);
  }

  /**
   * Replaces the description of an opportunity that is not closed. A QI lead may change only the
   * drafts they created.
   */
  @Transactional
  public OpportunityView update(
      UUID id, NewOpportunity request, Long expectedVersion, CurrentUser caller) {
    Opportunity opportunity = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
    Versioned.requireCurrent(expectedVersion, opportunity.version, "Opportunity " + id);
    if (!keepsOpportunities(caller)
        && (opportunity.status != OpportunityStatus.DRAFT
            || !opportunity.createdBy.equals(caller.accountId()))) {
      throw new ForbiddenException("A QI lead changes only their own drafts");
    }
    if (opportunity.status == OpportunityStatus.CLOSED) {
      throw new ProblemException.Conflict("Opportunity " + id + " is closed", "status");
    }
    describe(opportunity, request);
    return touched(opportunity);
  }

  /** Shows a draft to volunteers. A closed opportunity is never published again. */
  @Transactional
  public OpportunityView publish(UUID id, Long expectedVersion, CurrentUser caller) {
    Opportunity opportunity = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
    Versioned.requireCurrent(expectedVersion, opportunity.version, "Opportunity " + id);
    if (opportunity.status != OpportunityStatus.DRAFT) {
      throw new ProblemException.Conflict(
          "Opportunity " + id + " is " + opportunity.status + "; only a draft is published",
          "status");
    }
    opportunity.status = OpportunityStatus.PUBLISHED;
    return touched(opportunity);
  }

  /** Takes no more interest; selection among those who expressed it goes on. */
  @Transactional
  public OpportunityView close(UUID id, Long expectedVersion, CurrentUser caller) {
    Opportunity opportunity = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
    Versioned.requireCurrent(expectedVersion, opportunity.version, "Opportunity " + id);
    if (opportunity.status != OpportunityStatus.PUBLISHED) {
      throw new ProblemException.Conflict(
          "Opportunity " + id + " is " + opportunity.status + "; only a published one is closed",
          "status");
    }
    opportunity.status = OpportunityStatus.CLOSED;
    return touched(opportunity);
  }

  public OpportunityView get(UUID id, CurrentUser caller) {
    return OpportunityView.of(visible(id, caller, LockModeType.NONE));
  }

  /**
   * The opportunity if the caller may see it: staff see every one, anyone else only published ones.
   * Otherwise 404, so a draft's existence is not revealed.
   */
  public Opportunity visible(UUID id, CurrentUser caller, LockModeType lock) {
    Opportunity opportunity = Opportunity.findById(id, lock);
    if (opportunity == null
        || (!seesDrafts(caller) && opportunity.status != OpportunityStatus.PUBLISHED)) {
      throw new ProblemException.NotFound("Opportunity " + id);
    }
    return opportunity;
  }

  /** Newest first, narrowed by kind, status and project; volunteers get published ones only. */
  public Page<OpportunityView> list(
      OpportunityKind kind,
      OpportunityStatus status,
      UUID projectId,
      CurrentUser caller,
      PageRequest page) {
    List<String> filters = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (!seesDrafts(caller)) {
      if (status != null && status != OpportunityStatus.PUBLISHED) {
        return new Page<>(List.of(), null);
      }
      status = OpportunityStatus.PUBLISHED;
    }
    if (kind != null) {
      filters.add("e.kind = :kind");
      params.put("kind", kind);
    }
    if (status != null) {
      filters.add("e.status = :status");
      params.put("status", status);
    }
    if (projectId != null) {
      filters.add("e.projectId = :projectId");
      params.put("projectId", projectId);
    }
    return Page.of(
        page.fetch(
            entityManager,
            Opportunity.class,
            filters.isEmpty() ? null : String.join(" and ", filters),
            params),
        page,
        opportunity -> new Cursor(opportunity.createdAt, opportunity.id),
        OpportunityView::of);
  }

  static boolean keepsOpportunities(CurrentUser caller) {
    return caller.hasRole(COORDINATOR) || caller.hasRole(ADMIN);
  }

  private static boolean seesDrafts(CurrentUser caller) {
    return keepsOpportunities(caller) || caller.hasRole(QI_LEAD);
  }

  private OpportunityView touched(Opportunity opportunity) {
    opportunity.updatedAt = Instant.now();
    entityManager.flush();
    return OpportunityView.of(opportunity);
  }

  /** Checks the rules that span fields (each names the field to fix), then copies the request. */
  private static void describe(Opportunity opportunity, NewOpportunity request) {
    if (request.kind() == OpportunityKind.QI_PROJECT_ROLE) {
      if (request.involvementLevel() == null) {
        throw new ProblemException.InvalidField(
            "involvementLevel", "is required for a QI project role (BIG_I or LITTLE_I)");
      }
      if (request.projectId() == null) {
        throw new ProblemException.InvalidField("projectId", "is required for a QI project role");
      }
    }
    if (request.endsAt() != null
        && (request.startsAt() == null || !request.endsAt().isAfter(request.startsAt()))) {
      throw new ProblemException.InvalidField("endsAt", "must be after startsAt");
    }
    boolean online = Boolean.TRUE.equals(request.online());
    if (!online && (request.location() == null || request.location().isBlank())) {
      throw new ProblemException.InvalidField("location", "is required unless it is online");
    }
    opportunity.kind = request.kind();
    opportunity.involvementLevel = request.involvementLevel();
    opportunity.projectId = request.projectId();
    opportunity.title = request.title().strip();
    opportunity.purpose = request.purpose().strip();
    opportunity.startsAt = request.startsAt();
    opportunity.endsAt = request.endsAt();
    opportunity.online = online;
    opportunity.location = blankToNull(request.location());
    opportunity.accessInformation = blankToNull(request.accessInformation());
    opportunity.expectedHours = request.expectedHours();
    opportunity.reward = blankToNull(request.reward());
    opportunity.topics =
        request.topics() == null
            ? new ArrayList<>()
            : request.topics().stream()
                .map(topic -> topic.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    opportunity.timesOfWeek =
        request.timesOfWeek() == null
            ? new ArrayList<>()
            : request.timesOfWeek().stream().sorted().map(Enum::name).toList();
    opportunity.placesAvailable = request.placesAvailable();
    opportunity.closesOn = request.closesOn();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
