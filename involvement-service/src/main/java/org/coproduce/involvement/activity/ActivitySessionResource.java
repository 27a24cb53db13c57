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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/activities/{activityId}/sessions")
@Tag(name = "Sessions", description = "When and where activities meet, and who attended")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitySessionResource {
  private final SessionService sessions;
  private final CurrentUser user;

  public ActivitySessionResource(SessionService sessions, CurrentUser user) {
    this.sessions = sessions;
    this.user = user;
  }

  @POST
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN})
  @Operation(operationId = "arrangeSession", summary = "Arrange a session of an activity")
  @APIResponse(
      responseCode = "201",
      description = "Arranged; Location (under /sessions) and ETag are set",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "No such activity")
  public Response arrange(
      @PathParam("activityId") UUID activityId, @Valid @NotNull NewSession session) {
    SessionView arranged = sessions.arrange(activityId, session, user.accountId());
    return Response.created(URI.create("/api/v1/sessions/" + arranged.id()))
        .tag(Long.toString(arranged.version()))
        .entity(arranged)
        .build();
  }

  @GET
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN, EXECUTIVE, VOLUNTEER})
  @Operation(operationId = "listSessions", summary = "An activity's sessions, newest first")
  @APIResponse(responseCode = "404", description = "No such activity")
  public Page<SessionView> list(
      @PathParam("activityId") UUID activityId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return sessions.listFor(activityId, PageRequest.of(cursor, limit));
  }
}
