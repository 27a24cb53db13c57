package org.coproduce.project.team;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/**
 * The project teams the person is on. Members are known here by person id only (names stay in
 * involvement-service's register), so erasure keeps the membership against the id: the team's
 * history and the project's involvement figures stay true.
 */
@ApplicationScoped
public class TeamMemberData implements PersonalData {

  @Override
  public String section() {
    return "teamMembers";
  }

  @Override
  public List<TeamMemberView> exportFor(UUID personId) {
    return TeamMember.<TeamMember>list("personId = ?1 order by createdAt, id", personId).stream()
        .map(TeamMemberView::of)
        .toList();
  }

  /** Kept as it is: ids, the kind of member, the level and dates only. */
  @Override
  public void erase(UUID personId) {}
}
