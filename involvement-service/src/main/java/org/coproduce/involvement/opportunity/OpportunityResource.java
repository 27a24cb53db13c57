package org.coproduce.involvement.opportunity;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.coproduce.involvement.interest.InterestResource;
import org.coproduce.involvement.interest.InterestService;
import org.coproduce.involvement.interest.InterestStatus;
import org.coproduce.involvement.interest.InterestView;
import org.coproduce.involvement.interest.NewInterest;
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

@Path("/api/v1/opportunities")
@Tag(
    name = "Opportunities",
    description =
        "Ways to get involved: QI project roles, focus groups, surveys, panels, meetings, training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunityResource {
  private final OpportunityService opportunities;
  private final MatchingService matching;
  private final InterestService interests;
  private final CurrentUser user;

  public OpportunityResource(
      OpportunityService opportunities,
      MatchingService matching,
      InterestService interests,
      CurrentUser user) {
    this.opportunities = opportunities;
    this.matching = matching;
    this.interests = interests;
    this.user = user;
  }

  @POST
  @RolesAllowed({COORDINATOR, ADMIN, QI_LEAD})
  @Operation(
      operationId = "createOpportunity",
      summary = "Draft an opportunity; a coordinator publishes it")
  @APIResponse(
      responseCode = "201",
      description = "Drafted; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = OpportunityView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  public Response create(@Valid @NotNull NewOpportunity opportunity, UriInfo uri) {
    OpportunityView created = opportunities.create(opportunity, user);
    return Versioned.created(uri, created.id(), created.version(), created);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({COORDINATOR, ADMIN, QI_LEAD, VOLUNTEER})
  @Operation(
      operationId = "getOpportunity",
      summary = "One opportunity; volunteers see only published ones")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = OpportunityView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such opportunity, or not one the caller sees")
  public Response get(@PathParam("id") UUID id) {
    OpportunityView opportunity = opportunities.get(id, user);
    return Versioned.ok(opportunity.version(), opportunity);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({COORDINATOR, ADMIN, QI_LEAD})
  @Operation(
      operationId = "updateOpportunity",
      summary = "Replace an opportunity's description; a QI lead only their own drafts")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is set",
      content = @Content(schema = @Schema(implementation = OpportunityView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "403", description = "A QI lead tried to change what is not theirs")
  @APIResponse(responseCode = "404", description = "No such opportunity")
  @APIResponse(responseCode = "409", description = "The opportunity is closed")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull NewOpportunity opportunity) {
    OpportunityView changed =
        opportunities.update(id, opportunity, Versioned.expectedVersion(ifMatch), user);
    return Versioned.ok(changed.version(), changed);
  }

  @POST
  @Path("{id}/publication")
  @Consumes(MediaType.WILDCARD) // no body is read
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(operationId = "publishOpportunity", summary = "Show a draft to volunteers")
  @APIResponse(
      responseCode = "200",
      description = "Published; ETag is set",
      content = @Content(schema = @Schema(implementation = OpportunityView.class)))
  @APIResponse(responseCode = "404", description = "No such opportunity")
  @APIResponse(responseCode = "409", description = "It is not a draft (published or closed)")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response publish(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    OpportunityView published = opportunities.publish(id, Versioned.expectedVersion(ifMatch), user);
    return Versioned.ok(published.version(), published);
  }

  @POST
  @Path("{id}/closure")
  @Consumes(MediaType.WILDCARD) // no body is read
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "closeOpportunity",
      summary = "Take no more interest; selection among those interested goes on")
  @APIResponse(
      responseCode = "200",
      description = "Closed; ETag is set",
      content = @Content(schema = @Schema(implementation = OpportunityView.class)))
  @APIResponse(responseCode = "404", description = "No such opportunity")
  @APIResponse(responseCode = "409", description = "It is not published")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response close(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    OpportunityView closed = opportunities.close(id, Versioned.expectedVersion(ifMatch), user);
    return Versioned.ok(closed.version(), closed);
  }

  @GET
  @RolesAllowed({COORDINATOR, ADMIN, QI_LEAD, VOLUNTEER})
  @Operation(
      operationId = "listOpportunities",
      summary =
          "Opportunities, newest first, by kind, status and project; volunteers see published"
              + " ones only")
  public Page<OpportunityView> list(
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("projectId") String projectId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return opportunities.list(
        QueryParams.enumValue("kind", kind, OpportunityKind.class),
        QueryParams.enumValue("status", status, OpportunityStatus.class),
        QueryParams.uuid("projectId", projectId),
        user,
        PageRequest.of(cursor, limit));
  }

  @GET
  @Path("matches")
  @RolesAllowed(VOLUNTEER)
  @Operation(
      operationId = "listMyMatchingOpportunities",
      summary =
          "Open opportunities on your interests or at your preferred times, best first, with why")
  @APIResponse(responseCode = "404", description = "The token names no person in the register")
  public List<OpportunityMatchView> matches(@QueryParam("limit") Integer limit) {
    return matching.matchesFor(user, PageRequest.of(null, limit).limit());
  }

  @GET
  @Path("{id}/suggested-people")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "listSuggestedPeople",
      summary =
          "People whose interests or times match and who consent now to hear about"
              + " opportunities, best first")
  @APIResponse(responseCode = "404", description = "No such opportunity")
  public List<SuggestedPersonView> suggestedPeople(@PathParam("id") UUID id) {
    return matching.suggestedPeople(id, user);
  }

  @POST
  @Path("{id}/invitations")
  @Consumes(MediaType.WILDCARD) // no body is read
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "inviteSuggestedPeople",
      summary =
          "Tell the suggested people about an open opportunity: one in-app message each, only"
              + " with consent in force now")
  @APIResponse(
      responseCode = "200",
      description = "How many were told",
      content = @Content(schema = @Schema(implementation = InvitationsView.class)))
  @APIResponse(responseCode = "404", description = "No such opportunity")
  @APIResponse(responseCode = "409", description = "It is not open for interest")
  public InvitationsView invite(@PathParam("id") UUID id) {
    return matching.invite(id, user);
  }

  @POST
  @Path("{id}/expressions-of-interest")
  @RolesAllowed(VOLUNTEER)
  @Operation(
      operationId = "expressInterest",
      summary =
          "Say you would like to take part, with an optional note about availability or needs")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = InterestView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "No such published opportunity")
  @APIResponse(
      responseCode = "409",
      description = "Already expressed, or the opportunity is closed to new interest")
  @APIResponse(responseCode = "422", description = "Your person record has been erased")
  public Response expressInterest(@PathParam("id") UUID id, @Valid NewInterest interest) {
    InterestView expressed = interests.express(id, interest, user);
    return Response.created(
            UriBuilder.fromResource(InterestResource.class).path(expressed.id().toString()).build())
        .tag(Long.toString(expressed.version()))
        .entity(expressed)
        .build();
  }

  @GET
  @Path("{id}/expressions-of-interest")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "listInterestsInOpportunity",
      summary = "Who has expressed interest in an opportunity, newest first, optionally by status")
  @APIResponse(responseCode = "404", description = "No such opportunity")
  public Page<InterestView> interests(
      @PathParam("id") UUID id,
      @QueryParam("status") String status,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return interests.forOpportunity(
        id,
        QueryParams.enumValue("status", status, InterestStatus.class),
        user,
        PageRequest.of(cursor, limit));
  }
}
