package org.coproduce.involvement.evaluation;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.EXECUTIVE;
import static org.coproduce.platform.security.Roles.QI_LEAD;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/activities/{activityId}/evaluation")
@Tag(
    name = "Evaluation",
    description = "4Pi evaluation of activities: principles, purpose, presence, process, impact")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {
  private final EvaluationService evaluations;
  private final CurrentUser user;

  public EvaluationResource(EvaluationService evaluations, CurrentUser user) {
    this.evaluations = evaluations;
    this.user = user;
  }

  @PUT
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN})
  @Operation(
      operationId = "evaluateActivity",
      summary = "Set an activity's 4Pi evaluation (one per activity; If-Match to change it)")
  @APIResponse(
      responseCode = "201",
      description = "The first evaluation; ETag is set",
      content = @Content(schema = @Schema(implementation = EvaluationView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is set",
      content = @Content(schema = @Schema(implementation = EvaluationView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "No such activity")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response evaluate(
      @PathParam("activityId") UUID activityId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull NewEvaluation evaluation) {
    EvaluationService.Outcome outcome =
        evaluations.evaluate(
            activityId, evaluation, Versioned.expectedVersion(ifMatch), user.accountId());
    EvaluationView view = outcome.evaluation();
    return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
        .tag(Long.toString(view.version()))
        .entity(view)
        .build();
  }

  @GET
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN, EXECUTIVE})
  @Operation(operationId = "getActivityEvaluation", summary = "An activity's 4Pi evaluation")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = EvaluationView.class)))
  @APIResponse(responseCode = "404", description = "No such activity, or not evaluated yet")
  public Response get(@PathParam("activityId") UUID activityId) {
    EvaluationView evaluation = evaluations.get(activityId);
    return Versioned.ok(evaluation.version(), evaluation);
  }
}
