package org.coproduce.involvement.interest;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.VOLUNTEER;

import jakarta.annotation.security.RolesAllowed;
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
import java.util.UUID;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Expressions of interest by id: the volunteer's own, and the coordinator's decisions on them. */
@Path("/api/v1/expressions-of-interest")
@Tag(name = "Expressions of interest", description = "Interest in opportunities, and selection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD) // no endpoint here reads a body
public class InterestResource {
  private final InterestService interests;
  private final CurrentUser user;

  public InterestResource(InterestService interests, CurrentUser user) {
    this.interests = interests;
    this.user = user;
  }

  @GET
  @RolesAllowed(VOLUNTEER)
  @Operation(
      operationId = "listMyInterests",
      summary =
          "The signed-in volunteer's expressions of interest and their outcomes, newest first")
  public Page<InterestView> mine(
      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    return interests.mine(user, PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({VOLUNTEER, COORDINATOR, ADMIN})
  @Operation(
      operationId = "getInterest",
      summary = "One expression of interest; a volunteer sees only their own")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = InterestView.class)))
  @APIResponse(responseCode = "404", description = "No such expression, or not the caller's")
  public Response get(@PathParam("id") UUID id) {
    InterestView interest = interests.get(id, user);
    return Versioned.ok(interest.version(), interest);
  }

  @POST
  @Path("{id}/withdrawal")
  @RolesAllowed(VOLUNTEER)
  @Operation(
      operationId = "withdrawInterest",
      summary = "Take back your interest, unless you have been selected or declined")
  @APIResponse(responseCode = "200", description = "Withdrawn; ETag is set")
  @APIResponse(responseCode = "404", description = "No such expression, or not the caller's")
  @APIResponse(responseCode = "409", description = "It has already been decided or withdrawn")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response withdraw(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return respond(interests.withdraw(id, Versioned.expectedVersion(ifMatch), user));
  }

  @POST
  @Path("{id}/shortlisting")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(operationId = "shortlistInterest", summary = "Put the person on the shortlist")
  @APIResponse(responseCode = "200", description = "Shortlisted; ETag is set")
  @APIResponse(responseCode = "404", description = "No such expression of interest")
  @APIResponse(responseCode = "409", description = "Its status does not allow shortlisting")
  @APIResponse(responseCode = "422", description = "The person has been erased")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response shortlist(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return decide(id, InterestStatus.SHORTLISTED, ifMatch);
  }

  @POST
  @Path("{id}/selection")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "selectInterest",
      summary =
          "Select the person and tell them; for a QI project role they join the project's team")
  @APIResponse(responseCode = "200", description = "Selected; ETag is set")
  @APIResponse(responseCode = "404", description = "No such expression of interest")
  @APIResponse(
      responseCode = "409",
      description = "Its status does not allow selection, or every place is taken")
  @APIResponse(responseCode = "422", description = "The person has been erased")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response select(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return decide(id, InterestStatus.SELECTED, ifMatch);
  }

  @POST
  @Path("{id}/decline")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(operationId = "declineInterest", summary = "Do not select the person, and tell them")
  @APIResponse(responseCode = "200", description = "Declined; ETag is set")
  @APIResponse(responseCode = "404", description = "No such expression of interest")
  @APIResponse(responseCode = "409", description = "Its status does not allow declining")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response decline(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return decide(id, InterestStatus.NOT_SELECTED, ifMatch);
  }

  private Response decide(UUID id, InterestStatus decision, String ifMatch) {
    return respond(interests.decide(id, decision, Versioned.expectedVersion(ifMatch), user));
  }

  private static Response respond(InterestView interest) {
    return Versioned.ok(interest.version(), interest);
  }
}
