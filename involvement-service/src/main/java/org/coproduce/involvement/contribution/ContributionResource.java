package org.coproduce.involvement.contribution;

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

@Path("/api/v1/contributions")
@Tag(
    name = "You said, we did",
    description = "What people said, what was done with it, and telling them back")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContributionResource {
  private final ContributionService contributions;
  private final CurrentUser user;

  public ContributionResource(ContributionService contributions, CurrentUser user) {
    this.contributions = contributions;
    this.user = user;
  }

  @POST
  @RolesAllowed({COORDINATOR, QI_LEAD, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "recordContribution",
      summary = "Record what a person said (\"you said\"); a volunteer records their own")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = ContributionView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "A volunteer named someone else")
  @APIResponse(
      responseCode = "422",
      description =
          "The person is not in the register, has been erased, or did not attend the meeting")
  public Response record(@Valid @NotNull NewContribution contribution, UriInfo uri) {
    ContributionView recorded = contributions.record(contribution, user);
    return Versioned.created(uri, recorded.id(), recorded.version(), recorded);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "getContribution",
      summary = "One contribution with what was done; a volunteer sees only their own")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = ContributionView.class)))
  @APIResponse(responseCode = "404", description = "No such contribution, or not the caller's")
  public Response get(@PathParam("id") UUID id) {
    ContributionView contribution = contributions.get(id, user);
    return Versioned.ok(contribution.version(), contribution);
  }

  @GET
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "listContributions",
      summary =
          "A person's contributions, newest first, with what was done and whether they were told"
              + " back; a volunteer sees only their own (404 otherwise)")
  @APIResponse(responseCode = "400", description = "personId, cursor or limit is invalid")
  @APIResponse(responseCode = "404", description = "No such person, or not the caller")
  public Page<ContributionView> list(
      @QueryParam("personId") String personId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return contributions.listFor(
        QueryParams.requiredUuid("personId", personId), user, PageRequest.of(cursor, limit));
  }

  @GET
  @Path("overdue-tell-backs")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "listOverdueTellBacks",
      summary = "Contributions not told back by their due day, the longest overdue first")
  @APIResponse(responseCode = "400", description = "cursor or limit is invalid")
  public Page<OverdueTellBackView> overdue(
      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    return contributions.overdue(PageRequest.of(cursor, limit));
  }

  @PUT
  @Path("{id}/we-did")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "recordWeDid",
      summary = "Record what was done with a contribution (\"we did\")")
  @APIResponse(
      responseCode = "200",
      description = "Recorded; ETag is set",
      content = @Content(schema = @Schema(implementation = ContributionView.class)))
  @APIResponse(responseCode = "404", description = "No such contribution")
  @APIResponse(responseCode = "409", description = "The person was told back already")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response recordWeDid(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull WeDid weDid) {
    ContributionView contribution =
        contributions.recordWeDid(id, weDid, Versioned.expectedVersion(ifMatch), user.accountId());
    return Versioned.ok(contribution.version(), contribution);
  }

  @POST
  @Path("{id}/tell-back")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "recordTellBack",
      summary = "Record that the person was told what was done, once")
  @APIResponse(
      responseCode = "200",
      description = "Recorded; ETag is set",
      content = @Content(schema = @Schema(implementation = ContributionView.class)))
  @APIResponse(responseCode = "404", description = "No such contribution")
  @APIResponse(responseCode = "409", description = "The person was told back already")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  @APIResponse(responseCode = "422", description = "What was done is not recorded yet")
  public Response recordTellBack(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull TellBack tellBack) {
    ContributionView contribution =
        contributions.recordTellBack(
            id, tellBack, Versioned.expectedVersion(ifMatch), user.accountId());
    return Versioned.ok(contribution.version(), contribution);
  }
}
