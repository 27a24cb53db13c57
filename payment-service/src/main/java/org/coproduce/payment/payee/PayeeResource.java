package org.coproduce.payment.payee;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.FINANCE;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/payees")
@Tag(name = "Payees", description = "How people are paid, and the benefits safeguard")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PayeeResource {
  private final PayeeService payees;

  public PayeeResource(PayeeService payees) {
    this.payees = payees;
  }

  @GET
  @Path("{personId}")
  @RolesAllowed({VOLUNTEER, COORDINATOR, FINANCE, ADMIN})
  @Operation(
      operationId = "getPayee",
      summary = "A person's payment details, bank details masked; a volunteer sees only their own")
  @APIResponse(
      responseCode = "200",
      description = "The details; ETag is set",
      content = @Content(schema = @Schema(implementation = PayeeView.class)))
  @APIResponse(responseCode = "404", description = "None recorded, or not the caller's own")
  public Response get(@PathParam("personId") UUID personId) {
    PayeeView payee = payees.get(personId);
    return Versioned.ok(payee.version(), payee);
  }

  @PUT
  @Path("{personId}")
  @RolesAllowed({VOLUNTEER, COORDINATOR, FINANCE, ADMIN})
  @Operation(
      operationId = "setPayee",
      summary =
          "Set how a person is paid (the person themselves or staff); If-Match with the ETag once"
              + " details exist. New bank details from staff await a second person's confirmation"
              + " (pendingChange) before any batch uses them; the person's own apply at once. The"
              + " person is told of every change.")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is set",
      content = @Content(schema = @Schema(implementation = PayeeView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Recorded for the first time; ETag is set",
      content = @Content(schema = @Schema(implementation = PayeeView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A field is invalid, or BACS without bank details (problem+json names it)")
  @APIResponse(responseCode = "404", description = "A volunteer named someone else")
  @APIResponse(responseCode = "412", description = "Someone changed the details since the ETag")
  @APIResponse(responseCode = "422", description = "The person was erased")
  public Response set(
      @PathParam("personId") UUID personId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull NewPayeeDetails details) {
    PayeeService.Saved saved = payees.set(personId, details, Versioned.expectedVersion(ifMatch));
    Response.ResponseBuilder response =
        saved.created() ? Response.status(Response.Status.CREATED) : Response.ok();
    return response.tag(Long.toString(saved.payee().version())).entity(saved.payee()).build();
  }

  @POST
  @Path("{personId}/pending-change/confirmation")
  @Consumes(MediaType.WILDCARD) // no body is read
  @RolesAllowed({VOLUNTEER, COORDINATOR, FINANCE, ADMIN})
  @Operation(
      operationId = "confirmPayeeChange",
      summary =
          "Confirm the bank details a member of staff gave, so batches use them; by the person or"
              + " another member of staff, never whoever gave them")
  @APIResponse(
      responseCode = "200",
      description = "Confirmed; ETag is set",
      content = @Content(schema = @Schema(implementation = PayeeView.class)))
  @APIResponse(responseCode = "403", description = "The caller gave these bank details")
  @APIResponse(responseCode = "404", description = "None recorded, or not the caller's own")
  @APIResponse(responseCode = "409", description = "No bank details await confirmation")
  @APIResponse(responseCode = "412", description = "Someone changed the details since the ETag")
  public Response confirm(
      @PathParam("personId") UUID personId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    PayeeView payee = payees.confirm(personId, Versioned.expectedVersion(ifMatch));
    return Versioned.ok(payee.version(), payee);
  }

  @POST
  @Path("{personId}/pending-change/discarding")
  @Consumes(MediaType.WILDCARD) // no body is read
  @RolesAllowed({VOLUNTEER, COORDINATOR, FINANCE, ADMIN})
  @Operation(
      operationId = "discardPayeeChange",
      summary =
          "Discard the bank details a member of staff gave before anyone confirmed them (the person"
              + " says they are wrong); the confirmed ones stay in use")
  @APIResponse(
      responseCode = "200",
      description = "Discarded; ETag is set",
      content = @Content(schema = @Schema(implementation = PayeeView.class)))
  @APIResponse(responseCode = "404", description = "None recorded, or not the caller's own")
  @APIResponse(responseCode = "409", description = "No bank details await confirmation")
  @APIResponse(responseCode = "412", description = "Someone changed the details since the ETag")
  public Response discard(
      @PathParam("personId") UUID personId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    PayeeView payee = payees.discard(personId, Versioned.expectedVersion(ifMatch));
    return Versioned.ok(payee.version(), payee);
  }

  @GET
  @Path("{personId}/changes")
  @RolesAllowed({VOLUNTEER, COORDINATOR, FINANCE, ADMIN})
  @Operation(
      operationId = "listPayeeChanges",
      summary =
          "Every change of a person's payment details, newest first: who, when, what (masked) and"
              + " whether it was confirmed; a volunteer sees only their own")
  @APIResponse(responseCode = "200", description = "A page of changes")
  @APIResponse(responseCode = "404", description = "Not the caller's own")
  public Page<PayeeChangeView> changes(
      @PathParam("personId") UUID personId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return payees.history(personId, PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{personId}/weekly-earnings")
  @RolesAllowed({VOLUNTEER, COORDINATOR, FINANCE, ADMIN})
  @Operation(
      operationId = "getWeeklyEarnings",
      summary =
          "A person's fees per week (Monday to Sunday) against the benefits limit; default the"
              + " last twelve weeks")
  @APIResponse(
      responseCode = "200",
      description = "Weeks with fees, earliest first",
      content = @Content(schema = @Schema(implementation = WeekEarnings[].class)))
  @APIResponse(responseCode = "400", description = "from after to, or more than a year")
  @APIResponse(responseCode = "404", description = "Not the caller's own")
  public List<WeekEarnings> weeklyEarnings(
      @PathParam("personId") UUID personId,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to) {
    return payees.weeklyEarnings(personId, from, to);
  }
}
