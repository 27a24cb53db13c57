package org.coproduce.project.project;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.EXECUTIVE;
import static org.coproduce.platform.security.Roles.PROJECTS_READ;
import static org.coproduce.platform.security.Roles.QI_LEAD;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.QueryParams;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects")
@Tag(name = "Projects", description = "QI projects run with the Model for Improvement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {
  private final ProjectService projects;
  private final CurrentUser user;

  public ProjectResource(ProjectService projects, CurrentUser user) {
    this.projects = projects;
    this.user = user;
  }

  @POST
  @RolesAllowed({QI_LEAD, ADMIN})
  @Operation(operationId = "createProject", summary = "Start a QI project")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = ProjectView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "409", description = "The Life QI code is already used")
  public Response create(@Valid @NotNull NewProject project, UriInfo uri) {
    ProjectView created = projects.create(project, user.accountId());
    return Versioned.created(uri, created.id(), created.version(), created);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({QI_LEAD, COORDINATOR, EXECUTIVE, ADMIN, PROJECTS_READ})
  @Operation(operationId = "getProject", summary = "One QI project")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = ProjectView.class)))
  @APIResponse(responseCode = "404", description = "No such project")
  public Response get(@PathParam("id") UUID id) {
    ProjectView project = projects.get(id);
    return Versioned.ok(project.version(), project);
  }

  @GET
  @RolesAllowed({QI_LEAD, COORDINATOR, EXECUTIVE, ADMIN, PROJECTS_READ})
  @Operation(
      operationId = "listProjects",
      summary = "QI projects, newest first, optionally by status")
  public Page<ProjectView> list(
      @QueryParam("status") String status,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return projects.list(
        QueryParams.enumValue("status", status, ProjectStatus.class),
        PageRequest.of(cursor, limit));
  }
}
