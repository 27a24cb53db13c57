package org.coproduce.involvement.participation;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.INVOLVEMENT_WRITE;
import static org.coproduce.platform.security.Roles.QI_LEAD;
import static org.coproduce.platform.security.Roles.VOLUNTEER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.idempotency.Idempotency;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.QueryParams;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/participations")
@Tag(
    name = "Participations",
    description = "Attendance and hours at involvement activities, and corrections of the hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipationResource {
  private final ParticipationService participations;
  private final Idempotency idempotency;
  private final CurrentUser user;

  public ParticipationResource(
      ParticipationService participations, Idempotency idempotency, CurrentUser user) {
    this.participations = participations;
    this.idempotency = idempotency;
    this.user = user;
  }

  @POST
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN, INVOLVEMENT_WRITE})
  @Operation(
      operationId = "recordParticipation",
      summary =
          "Record a person's attendance and hours at an activity, once: per session, or without a"
              + " session per project, activity type and day")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = ParticipationView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(
      responseCode = "409",
      description =
          "This attendance is already recorded: at the session (sessionId), or without a session"
              + " for the person, project, activity type and day (date)")
  @APIResponse(
      responseCode = "422",
      description =
          "The person is not in the register or has been erased (personId), the session does not"
              + " exist (sessionId), or the Idempotency-Key was used with another request")
  public Response record(
      @Parameter(
              in = ParameterIn.HEADER,
              name = Idempotency.HEADER,
              description =
                  "Retry with the same key and body (e.g. after a timeout) to get the same"
                      + " response again, without recording twice")
          @HeaderParam(Idempotency.HEADER)
          String idempotencyKey,
      @Valid @NotNull NewParticipation participation,
      UriInfo uri) {
    return idempotency.once(
        idempotencyKey,
        "recordParticipation",
        participation,
        List.of(participation.personId()),
        () -> {
          ParticipationView recorded = participations.record(participation, user.accountId());
          return Versioned.created(uri, recorded.id(), recorded.version(), recorded);
        });
  }

  @GET
  @Path("{id}")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "getParticipation",
      summary = "One participation; a volunteer sees only their own")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = ParticipationView.class)))
  @APIResponse(responseCode = "404", description = "No such participation, or not the caller's")
  public Response get(@PathParam("id") UUID id) {
    ParticipationView participation = participations.get(id, user);
    return Versioned.ok(participation.version(), participation);
  }

  @GET
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "listParticipations",
      summary =
          "A person's participations, newest first; a volunteer sees only their own (404 otherwise)")
  public Page<ParticipationView> list(
      @QueryParam("personId") String personId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return participations.listFor(
        QueryParams.requiredUuid("personId", personId), user, PageRequest.of(cursor, limit));
  }

  @POST
  @Path("{id}/corrections")
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN})
  @Operation(
      operationId = "correctParticipation",
      summary =
          "Correct a participation's hours; the correction is kept and the participation shows the"
              + " new hours")
  @APIResponse(
      responseCode = "201",
      description = "Corrected; ETag is the participation's new version",
      content = @Content(schema = @Schema(implementation = CorrectionView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "No such participation")
  @APIResponse(
      responseCode = "412",
      description = "If-Match names a version of the participation that is not current")
  @APIResponse(responseCode = "422", description = "The participation already has these hours")
  public Response correct(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull NewCorrection correction) {
    CorrectionView made =
        participations.correct(id, correction, Versioned.expectedVersion(ifMatch), user);
    return Response.status(Response.Status.CREATED)
        .tag(Long.toString(made.participationVersion()))
        .entity(made)
        .build();
  }

  @GET
  @Path("{id}/corrections")
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "listParticipationCorrections",
      summary = "A participation's corrections, newest first; a volunteer sees only their own")
  @APIResponse(responseCode = "404", description = "No such participation, or not the caller's")
  public Page<CorrectionView> corrections(
      @PathParam("id") UUID id,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return participations.corrections(id, user, PageRequest.of(cursor, limit));
  }
}
