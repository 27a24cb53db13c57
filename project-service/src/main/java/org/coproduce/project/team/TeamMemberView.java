package org.coproduce.project.team;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A member of a project's team, by person id (names stay in involvement-service) or, for"
            + " staff, account id")
public record TeamMemberView(
    UUID id,
    UUID projectId,
    @Schema(example = "CARER") MemberKind memberKind,
    UUID personId,
    String accountId,
    @Schema(example = "BIG_I") InvolvementLevel involvementLevel,
    Instant joinedAt,
    UUID sourceOpportunityId,
    long version) {

  public static TeamMemberView of(TeamMember member) {
    return new TeamMemberView(
        member.id,
        member.projectId,
        member.memberKind,
        member.personId,
        member.accountId,
        member.involvementLevel,
        member.joinedAt,
        member.sourceOpportunityId,
        member.version);
  }
}
