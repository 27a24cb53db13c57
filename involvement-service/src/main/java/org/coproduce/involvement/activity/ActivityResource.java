package org.coproduce.involvement.activity;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.EXECUTIVE;
import static org.coproduce.platform.security.Roles.QI_LEAD;
import static org.coproduce.platform.security.Roles.VOLUNTEER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

@Path("/api/v1/activities")
@Tag(
    name = "Activities",
    description = "Involvement activities (Big I and Little I) and what difference they will make")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {
  private final ActivityService activities;
  private final CurrentUser user;

  public ActivityResource(ActivityService activities, CurrentUser user) {
    this.activities = activities;
    this.user = user;
  }

  @POST
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN})
  @Operation(operationId = "planActivity", summary = "Plan an involvement activity")
  @APIResponse(
      responseCode = "201",
      description = "Planned; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = ActivityView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  public Response plan(@Valid @NotNull NewActivity activity, UriInfo uri) {
    ActivityView planned = activities.plan(activity, user.accountId());
    return Versioned.created(uri, planned.id(), planned.version(), planned);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN, EXECUTIVE, VOLUNTEER})
  @Operation(operationId = "getActivity", summary = "One activity")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = ActivityView.class)))
  @APIResponse(responseCode = "404", description = "No such activity")
  public Response get(@PathParam("id") UUID id) {
    ActivityView activity = activities.get(id);
    return Versioned.ok(activity.version(), activity);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN})
  @Operation(operationId = "changeActivity", summary = "Change an activity's details")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is set",
      content = @Content(schema = @Schema(implementation = ActivityView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "No such activity")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response change(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull NewActivity activity) {
    ActivityView changed = activities.change(id, activity, Versioned.expectedVersion(ifMatch));
    return Versioned.ok(changed.version(), changed);
  }

  @GET
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN, EXECUTIVE, VOLUNTEER})
  @Operation(
      operationId = "listActivities",
      summary = "Activities newest first, optionally of one project and/or one opportunity")
  @APIResponse(responseCode = "400", description = "A parameter is invalid (problem+json names it)")
  public Page<ActivityView> list(
      @QueryParam("projectId") String projectId,
      @QueryParam("opportunityId") String opportunityId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return activities.list(
        QueryParams.uuid("projectId", projectId),
        QueryParams.uuid("opportunityId", opportunityId),
        PageRequest.of(cursor, limit));
  }
}
