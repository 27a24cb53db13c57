package org.coproduce.project.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.coproduce.events.TeamMemberSelected;
import org.coproduce.platform.paging.Cursor;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.privacy.Erasure;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.project.project.Project;

@ApplicationScoped
public class TeamService {
  private final EntityManager entityManager;
  private final Erasure erasure;

  public TeamService(EntityManager entityManager, Erasure erasure) {
    this.entityManager = entityManager;
    this.erasure = erasure;
  }

  /**
   * Adds the selected person to the project's team. A selection already applied (the same event
   * announced again), a person already on the team or a person erased meanwhile adds nobody; an
   * unknown project is refused, so the message is dead-lettered with the reason.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void join(TeamMemberSelected selected, Instant occurredAt) {
    if (Project.findById(selected.projectId()) == null) {
      throw new UnknownProjectException(selected.projectId());
    }
    if (TeamMember.count("sourceSelectionId", selected.selectionId()) > 0
        || TeamMember.count(
                "projectId = ?1 and personId = ?2", selected.projectId(), selected.personId())
            > 0
        || erasure.erasedAt(selected.personId()).isPresent()) {
      return;
    }
    TeamMember member = new TeamMember();
    member.id = UUID.randomUUID();
    member.projectId = selected.projectId();
    member.memberKind = MemberKind.valueOf(selected.personType());
    member.personId = selected.personId();
    member.involvementLevel = InvolvementLevel.valueOf(selected.involvementLevel());
    member.joinedAt = occurredAt;
    member.sourceOpportunityId = selected.opportunityId();
    member.sourceSelectionId = selected.selectionId();
    member.createdAt = Instant.now();
    member.persist();
  }

  /** A project's team, newest members first. */
  public Page<TeamMemberView> team(UUID projectId, PageRequest page) {
    if (Project.findById(projectId) == null) {
      throw new ProblemException.NotFound("Project " + projectId);
    }
    return Page.of(
        page.fetch(
            entityManager,
            TeamMember.class,
            "e.projectId = :projectId",
            Map.of("projectId", projectId)),
        page,
        member -> new Cursor(member.createdAt, member.id),
        TeamMemberView::of);
  }
}
