package org.coproduce.involvement.activity;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.EXECUTIVE;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduce.platform.idempotency.Idempotency;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sessions")
@Tag(name = "Sessions", description = "When and where activities meet, and who attended")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
  private final SessionService sessions;
  private final AttendanceService attendance;
  private final Idempotency idempotency;
  private final CurrentUser user;

  public SessionResource(
      SessionService sessions,
      AttendanceService attendance,
      Idempotency idempotency,
      CurrentUser user) {
    this.sessions = sessions;
    this.attendance = attendance;
    this.idempotency = idempotency;
    this.user = user;
  }

  @GET
  @Path("{id}")
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN, EXECUTIVE, VOLUNTEER})
  @Operation(operationId = "getSession", summary = "One session")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  @APIResponse(responseCode = "404", description = "No such session")
  public Response get(@PathParam("id") UUID id) {
    SessionView session = sessions.get(id);
    return Versioned.ok(session.version(), session);
  }

  @POST
  @Path("{id}/attendance")
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN, INVOLVEMENT_WRITE})
  @Operation(
      operationId = "recordAttendanceSheet",
      summary =
          "Record who attended a session and their hours: every line becomes a participation, or"
              + " none does")
  @APIResponse(
      responseCode = "200",
      description = "Recorded; the session's whole attendance sheet",
      content = @Content(schema = @Schema(implementation = AttendanceSheetView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A line is invalid (problem+json names it, e.g. entries[1].hours)")
  @APIResponse(responseCode = "404", description = "No such session")
  @APIResponse(
      responseCode = "409",
      description =
          "A person's attendance at the session is already recorded (entries[i].personId)")
  @APIResponse(
      responseCode = "422",
      description =
          "A person is not in the register (entries[i].personId), or the Idempotency-Key was used"
              + " with another request")
  public Response record(
      @Parameter(
              in = ParameterIn.HEADER,
              name = Idempotency.HEADER,
              description =
                  "Retry with the same key and body (e.g. after a timeout) to get the same sheet"
                      + " again, without recording twice")
          @HeaderParam(Idempotency.HEADER)
          String idempotencyKey,
      @PathParam("id") UUID id,
      @Valid @NotNull NewAttendanceSheet sheet) {
    return idempotency.once(
        idempotencyKey,
        "recordAttendanceSheet:" + id,
        sheet,
        sheet.entries().stream().map(AttendanceEntry::personId).toList(),
        () -> Response.ok(attendance.record(id, sheet, user.accountId())).build());
  }

  @GET
  @Path("{id}/attendance")
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN})
  @Operation(
      operationId = "getAttendanceSheet",
      summary = "Who attended a session and their current hours")
  @APIResponse(
      responseCode = "200",
      description = "The attendance sheet",
      content = @Content(schema = @Schema(implementation = AttendanceSheetView.class)))
  @APIResponse(responseCode = "404", description = "No such session")
  public AttendanceSheetView sheet(@PathParam("id") UUID id) {
    return attendance.sheet(id);
  }
}
