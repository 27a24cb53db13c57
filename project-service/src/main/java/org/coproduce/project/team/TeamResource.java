package org.coproduce.project.team;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.EXECUTIVE;
import static org.coproduce.platform.security.Roles.QI_LEAD;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{projectId}/team")
@Tag(name = "Project teams", description = "Who is on a QI project's team, and how involved")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {
  private final TeamService team;

  public TeamResource(TeamService team) {
    this.team = team;
  }

  @GET
  @RolesAllowed({QI_LEAD, COORDINATOR, ADMIN, EXECUTIVE})
  @Operation(
      operationId = "listTeamMembers",
      summary = "A project's team members, newest first, by person id and involvement level")
  @APIResponse(responseCode = "200", description = "One page of the team")
  @APIResponse(responseCode = "404", description = "No such project")
  public Page<TeamMemberView> list(
      @PathParam("projectId") UUID projectId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return team.team(projectId, PageRequest.of(cursor, limit));
  }
}
