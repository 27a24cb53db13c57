package org.coproduce.involvement.feedback;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
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
import java.util.UUID;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sessions/{sessionId}/feedback")
@Tag(name = "Feedback", description = "What people who attended a session thought of it")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {
  private final FeedbackService feedback;
  private final CurrentUser user;

  public FeedbackResource(FeedbackService feedback, CurrentUser user) {
    this.feedback = feedback;
    this.user = user;
  }

  @POST
  @RolesAllowed(VOLUNTEER)
  @Operation(
      operationId = "giveFeedback",
      summary = "Rate a session you attended (1 to 5) and add a comment if you like; once")
  @APIResponse(
      responseCode = "201",
      description = "Given",
      content = @Content(schema = @Schema(implementation = FeedbackView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(
      responseCode = "403",
      description = "Your attendance at this session is not recorded")
  @APIResponse(responseCode = "404", description = "No such session")
  @APIResponse(responseCode = "409", description = "You have given feedback on it already")
  @APIResponse(responseCode = "422", description = "Your person record has been erased")
  public Response give(
      @PathParam("sessionId") UUID sessionId, @Valid @NotNull NewFeedback request) {
    FeedbackView given = feedback.give(sessionId, request, user);
    return Response.status(Response.Status.CREATED).entity(given).build();
  }

  @GET
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN})
  @Operation(operationId = "listSessionFeedback", summary = "A session's feedback, newest first")
  @APIResponse(responseCode = "404", description = "No such session")
  public Page<FeedbackView> list(
      @PathParam("sessionId") UUID sessionId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return feedback.listFor(sessionId, PageRequest.of(cursor, limit));
  }

  @GET
  @Path("summary")
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN})
  @Operation(
      operationId = "getSessionFeedbackSummary",
      summary = "How many gave feedback on a session, and the average ratings")
  @APIResponse(responseCode = "404", description = "No such session")
  public FeedbackSummaryView summary(@PathParam("sessionId") UUID sessionId) {
    return feedback.summaryOf(sessionId);
  }
}
