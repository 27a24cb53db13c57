package org.coproduce.involvement.panel;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.EXECUTIVE;
import static org.coproduce.platform.security.Roles.FINANCE;
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
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Recruitment panels. Staff members of a panel may hold any role, so every role reaches these
 * endpoints and the service decides: a panel exists only for its members and its coordinator.
 */
@Path("/api/v1/panels")
@Tag(
    name = "Recruitment panels",
    description =
        "Interview panels for staff posts with service users and carers; scores are"
            + " confidential to the panel")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PanelResource {
  private final PanelService panels;
  private final CurrentUser user;

  public PanelResource(PanelService panels, CurrentUser user) {
    this.panels = panels;
    this.user = user;
  }

  @POST
  @RolesAllowed(COORDINATOR)
  @Operation(operationId = "createPanel", summary = "Set up a recruitment panel for a staff post")
  @APIResponse(
      responseCode = "201",
      description = "Created; the caller runs it; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = PanelView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  public Response create(@Valid @NotNull NewPanel panel, UriInfo uri) {
    PanelView created = panels.create(panel, user.accountId());
    return Versioned.created(uri, created.id(), created.version(), created);
  }

  @GET
  @RolesAllowed({COORDINATOR, VOLUNTEER, QI_LEAD, FINANCE, EXECUTIVE, ADMIN})
  @Operation(
      operationId = "listMyPanels",
      summary = "The panels the caller runs or sits on, newest first")
  public Page<PanelView> mine(
      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    return panels.mine(user, PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{panelId}")
  @RolesAllowed({COORDINATOR, VOLUNTEER, QI_LEAD, FINANCE, EXECUTIVE, ADMIN})
  @Operation(
      operationId = "getPanel",
      summary =
          "A panel with its members, criteria and candidates; for its members and coordinator")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = PanelView.class)))
  @APIResponse(responseCode = "404", description = "No such panel, or the caller is not on it")
  public Response get(@PathParam("panelId") UUID panelId) {
    PanelView panel = panels.get(panelId, user);
    return Versioned.ok(panel.version(), panel);
  }

  @POST
  @Path("{panelId}/members")
  @RolesAllowed({COORDINATOR, VOLUNTEER, QI_LEAD, FINANCE, EXECUTIVE, ADMIN})
  @Operation(
      operationId = "addPanelMember",
      summary = "Add a service user or carer (personId) or a member of staff (accountId)")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = PanelView.Member.class)))
  @APIResponse(responseCode = "400", description = "Neither or both of personId and accountId")
  @APIResponse(responseCode = "403", description = "Only the coordinator running the panel adds")
  @APIResponse(responseCode = "404", description = "No such panel, or the caller is not on it")
  @APIResponse(responseCode = "409", description = "Already a member, or the panel is closed")
  @APIResponse(
      responseCode = "422",
      description = "The person is not a service user or carer, or has been erased")
  public Response addMember(
      @PathParam("panelId") UUID panelId, @Valid @NotNull NewPanelMember member) {
    return created(panels.addMember(panelId, member, user));
  }

  @POST
  @Path("{panelId}/criteria")
  @RolesAllowed({COORDINATOR, VOLUNTEER, QI_LEAD, FINANCE, EXECUTIVE, ADMIN})
  @Operation(
      operationId = "proposePanelCriterion",
      summary = "Propose a weighted criterion; any member or the panel's coordinator may")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = PanelView.Criterion.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "No such panel, or the caller is not on it")
  @APIResponse(responseCode = "409", description = "The panel is closed")
  public Response propose(
      @PathParam("panelId") UUID panelId, @Valid @NotNull NewCriterion criterion) {
    return created(panels.propose(panelId, criterion, user));
  }

  @POST
  @Path("{panelId}/candidates")
  @RolesAllowed({COORDINATOR, VOLUNTEER, QI_LEAD, FINANCE, EXECUTIVE, ADMIN})
  @Operation(operationId = "addPanelCandidate", summary = "Add a candidate by reference only")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = PanelView.Candidate.class)))
  @APIResponse(responseCode = "403", description = "Only the coordinator running the panel adds")
  @APIResponse(responseCode = "404", description = "No such panel, or the caller is not on it")
  @APIResponse(responseCode = "409", description = "The reference is taken, or the panel is closed")
  public Response addCandidate(
      @PathParam("panelId") UUID panelId, @Valid @NotNull NewCandidate candidate) {
    return created(panels.addCandidate(panelId, candidate, user));
  }

  @POST
  @Path("{panelId}/scores")
  @RolesAllowed({COORDINATOR, VOLUNTEER, QI_LEAD, FINANCE, EXECUTIVE, ADMIN})
  @Operation(
      operationId = "scorePanelCandidate",
      summary = "The calling member's score (1 to 5) of a candidate on a criterion")
  @APIResponse(
      responseCode = "201",
      description = "Scored; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = ScoreView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "403", description = "The caller sees the panel but is not a member")
  @APIResponse(responseCode = "404", description = "No such panel, or the caller is not on it")
  @APIResponse(responseCode = "409", description = "Scored already, or the panel is closed")
  @APIResponse(responseCode = "422", description = "The candidate or criterion is not this panel's")
  public Response score(
      @PathParam("panelId") UUID panelId, @Valid @NotNull NewScore score, UriInfo uri) {
    ScoreView scored = panels.score(panelId, score, user);
    return Versioned.created(uri, scored.id(), scored.version(), scored);
  }

  @PUT
  @Path("{panelId}/scores/{scoreId}")
  @RolesAllowed({COORDINATOR, VOLUNTEER, QI_LEAD, FINANCE, EXECUTIVE, ADMIN})
  @Operation(operationId = "changePanelScore", summary = "Change one of the caller's own scores")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is set",
      content = @Content(schema = @Schema(implementation = ScoreView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "403", description = "The score is another member's")
  @APIResponse(responseCode = "404", description = "No such panel or score, or not on the panel")
  @APIResponse(responseCode = "409", description = "The panel is closed: scores are frozen")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response change(
      @PathParam("panelId") UUID panelId,
      @PathParam("scoreId") UUID scoreId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ScoreChange change) {
    ScoreView changed =
        panels.change(panelId, scoreId, change, Versioned.expectedVersion(ifMatch), user);
    return Versioned.ok(changed.version(), changed);
  }

  @GET
  @Path("{panelId}/scores")
  @RolesAllowed({COORDINATOR, VOLUNTEER, QI_LEAD, FINANCE, EXECUTIVE, ADMIN})
  @Operation(
      operationId = "listPanelScores",
      summary = "Every member's scores, newest first; only for the panel's members and coordinator")
  @APIResponse(responseCode = "404", description = "No such panel, or the caller is not on it")
  public Page<ScoreView> scores(
      @PathParam("panelId") UUID panelId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return panels.scores(panelId, user, PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{panelId}/summary")
  @RolesAllowed({COORDINATOR, VOLUNTEER, QI_LEAD, FINANCE, EXECUTIVE, ADMIN})
  @Operation(
      operationId = "getPanelSummary",
      summary = "Each candidate's weighted score; only for the panel's members and coordinator")
  @APIResponse(responseCode = "404", description = "No such panel, or the caller is not on it")
  public PanelSummaryView summary(@PathParam("panelId") UUID panelId) {
    return panels.summary(panelId, user);
  }

  @POST
  @Path("{panelId}/closure")
  @Consumes(MediaType.WILDCARD) // no body is read, so whatever a client labels it with is fine
  @RolesAllowed({COORDINATOR, VOLUNTEER, QI_LEAD, FINANCE, EXECUTIVE, ADMIN})
  @Operation(operationId = "closePanel", summary = "Close the panel: its scores are frozen")
  @APIResponse(
      responseCode = "200",
      description = "Closed; ETag is set",
      content = @Content(schema = @Schema(implementation = PanelView.class)))
  @APIResponse(responseCode = "403", description = "Only the coordinator running the panel closes")
  @APIResponse(responseCode = "404", description = "No such panel, or the caller is not on it")
  @APIResponse(responseCode = "409", description = "Closed already")
  public Response close(@PathParam("panelId") UUID panelId) {
    PanelView closed = panels.close(panelId, user);
    return Versioned.ok(closed.version(), closed);
  }

  private static Response created(Object body) {
    return Response.status(Response.Status.CREATED).entity(body).build();
  }
}
