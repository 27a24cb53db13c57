package org.coproduce.involvement.election;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.EXECUTIVE;
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
import java.util.List;
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

@Path("/api/v1/elections")
@Tag(
    name = "Ambassador elections",
    description = "Nominations, a secret ballot and the result, among service users and carers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ElectionResource {
  private final ElectionService elections;
  private final BallotService ballot;
  private final CurrentUser user;

  public ElectionResource(ElectionService elections, BallotService ballot, CurrentUser user) {
    this.elections = elections;
    this.ballot = ballot;
    this.user = user;
  }

  @POST
  @RolesAllowed(COORDINATOR)
  @Operation(operationId = "openElection", summary = "Open an election for an ambassador role")
  @APIResponse(
      responseCode = "201",
      description = "Opened; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = ElectionView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A field is invalid or the dates are out of order")
  public Response open(@Valid @NotNull NewElection election, UriInfo uri) {
    ElectionView opened = elections.open(election, user.accountId());
    return Versioned.created(uri, opened.id(), opened.version(), opened);
  }

  @GET
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "listElections",
      summary =
          "Elections, newest first; a volunteer sees those not yet over and whether they voted")
  public Page<ElectionView> list(
      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    return elections.list(user, PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{electionId}")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(operationId = "getElection", summary = "One election, its schedule and phase")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = ElectionView.class)))
  @APIResponse(responseCode = "404", description = "No such election")
  public Response get(@PathParam("electionId") UUID electionId) {
    ElectionView election = elections.get(electionId, user);
    return Versioned.ok(election.version(), election);
  }

  @PUT
  @Path("{electionId}/schedule")
  @RolesAllowed(COORDINATOR)
  @Operation(
      operationId = "rescheduleElection",
      summary = "Move the dates, e.g. extend nominations or close voting early")
  @APIResponse(
      responseCode = "200",
      description = "Rescheduled; ETag is set",
      content = @Content(schema = @Schema(implementation = ElectionView.class)))
  @APIResponse(responseCode = "400", description = "A date is missing or out of order")
  @APIResponse(responseCode = "404", description = "No such election")
  @APIResponse(responseCode = "409", description = "Voting has closed: the schedule is final")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response reschedule(
      @PathParam("electionId") UUID electionId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ElectionSchedule schedule) {
    ElectionView changed =
        elections.reschedule(electionId, schedule, Versioned.expectedVersion(ifMatch));
    return Versioned.ok(changed.version(), changed);
  }

  @POST
  @Path("{electionId}/nominations")
  @RolesAllowed({VOLUNTEER, COORDINATOR})
  @Operation(
      operationId = "nominateCandidate",
      summary = "Nominate yourself or another service user or carer, while nominations are open")
  @APIResponse(
      responseCode = "201",
      description = "Nominated; the nominee is asked to accept",
      content = @Content(schema = @Schema(implementation = NominationView.class)))
  @APIResponse(responseCode = "403", description = "The caller is not a service user or carer")
  @APIResponse(responseCode = "404", description = "No such election")
  @APIResponse(responseCode = "409", description = "Nominated already, or nominations are not open")
  @APIResponse(
      responseCode = "422",
      description = "The nominee is not a service user or carer, or has been erased")
  public Response nominate(
      @PathParam("electionId") UUID electionId,
      @Valid @NotNull NewNomination nomination,
      UriInfo uri) {
    NominationView made = elections.nominate(electionId, nomination, user);
    return Versioned.created(uri, made.id(), made.version(), made);
  }

  @POST
  @Path("{electionId}/nominations/{nominationId}/acceptance")
  @Consumes(MediaType.WILDCARD) // no body is read, so whatever a client labels it with is fine
  @RolesAllowed(VOLUNTEER)
  @Operation(operationId = "acceptNomination", summary = "The nominee agrees to stand")
  @APIResponse(
      responseCode = "200",
      description = "Accepted; ETag is set",
      content = @Content(schema = @Schema(implementation = NominationView.class)))
  @APIResponse(responseCode = "403", description = "The caller nominated them but is not them")
  @APIResponse(responseCode = "404", description = "No such nomination, or not one the caller sees")
  @APIResponse(responseCode = "409", description = "Accepted already, or nominations are not open")
  public Response accept(
      @PathParam("electionId") UUID electionId, @PathParam("nominationId") UUID nominationId) {
    NominationView accepted = elections.accept(electionId, nominationId, user);
    return Versioned.ok(accepted.version(), accepted);
  }

  @GET
  @Path("{electionId}/nominations")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "listNominations",
      summary = "Nominations, newest first; a volunteer sees those of or by themselves")
  @APIResponse(responseCode = "404", description = "No such election")
  public Page<NominationView> nominations(
      @PathParam("electionId") UUID electionId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return elections.nominations(electionId, user, PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{electionId}/candidates")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER, EXECUTIVE})
  @Operation(
      operationId = "listElectionCandidates",
      summary = "The ballot paper: every accepted nominee, in alphabetical order")
  @APIResponse(responseCode = "404", description = "No such election")
  public List<CandidateView> candidates(@PathParam("electionId") UUID electionId) {
    return elections.candidates(electionId);
  }

  @POST
  @Path("{electionId}/ballot")
  @RolesAllowed(VOLUNTEER)
  @Operation(
      operationId = "castVote",
      summary = "Cast your one secret vote while voting is open; nobody can see whom you chose")
  @APIResponse(responseCode = "204", description = "Your vote is in the ballot box")
  @APIResponse(responseCode = "403", description = "The caller is not a service user or carer")
  @APIResponse(responseCode = "404", description = "No such election")
  @APIResponse(responseCode = "409", description = "Voted already, or voting is not open")
  @APIResponse(responseCode = "422", description = "Not a candidate in this election")
  public Response vote(@PathParam("electionId") UUID electionId, @Valid @NotNull NewVote vote) {
    ballot.vote(electionId, vote, user);
    return Response.noContent().build();
  }

  @GET
  @Path("{electionId}/results")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER, EXECUTIVE})
  @Operation(
      operationId = "getElectionResults",
      summary = "Votes per candidate, winners and ties; only once voting has closed")
  @APIResponse(
      responseCode = "200",
      description = "The count",
      content = @Content(schema = @Schema(implementation = ResultsView.class)))
  @APIResponse(responseCode = "404", description = "No such election")
  @APIResponse(responseCode = "409", description = "Voting has not closed: votes stay secret")
  public ResultsView results(@PathParam("electionId") UUID electionId) {
    return ballot.results(electionId);
  }

  @POST
  @Path("{electionId}/declaration")
  @RolesAllowed(COORDINATOR)
  @Operation(
      operationId = "declareElectionResult",
      summary = "Declare the result: record each winner's term and board seat")
  @APIResponse(
      responseCode = "200",
      description = "Declared",
      content = @Content(schema = @Schema(implementation = ResultsView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "No such election")
  @APIResponse(responseCode = "409", description = "Voting has not closed, or declared already")
  @APIResponse(responseCode = "422", description = "A tie must be settled in tieWinners")
  public ResultsView declare(
      @PathParam("electionId") UUID electionId, @Valid @NotNull NewDeclaration declaration) {
    return ballot.declare(electionId, declaration);
  }
}
