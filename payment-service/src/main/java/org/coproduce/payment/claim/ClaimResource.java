package org.coproduce.payment.claim;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduce.payment.approval.Approval;
import org.coproduce.payment.approval.ApprovalService;
import org.coproduce.payment.approval.Rejection;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.web.QueryParams;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/claims")
@Tag(name = "Claims", description = "Fee and expense claims for involvement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {
  private final ClaimService claims;
  private final ApprovalService approvals;

  public ClaimResource(ClaimService claims, ApprovalService approvals) {
    this.claims = claims;
    this.approvals = approvals;
  }

  @GET
  @RolesAllowed({FINANCE, COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "listClaims",
      summary = "Claims newest first; a volunteer sees only their own")
  public Page<ClaimView> list(
      @QueryParam("personId") String personId,
      @QueryParam("status") String status,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return claims.list(
        QueryParams.uuid("personId", personId),
        QueryParams.enumValue("status", status, ClaimStatus.class),
        PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({FINANCE, COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "getClaim",
      summary = "One claim with its lines and decisions; a volunteer sees only their own")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = ClaimView.class)))
  @APIResponse(responseCode = "404", description = "No such claim, or not the caller's")
  public Response get(@PathParam("id") UUID id) {
    ClaimView claim = claims.get(id);
    return Versioned.ok(claim.version(), claim);
  }

  @POST
  @Path("{id}/approval")
  @RolesAllowed({FINANCE, COORDINATOR})
  @Operation(
      operationId = "approveClaim",
      summary = "Approve what is pending on a claim, within the approver's limit")
  @APIResponse(
      responseCode = "200",
      description = "Approved; ETag is the claim's new version",
      content = @Content(schema = @Schema(implementation = ClaimView.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller's own claim, one they recorded or raised, or above their limit")
  @APIResponse(responseCode = "404", description = "No such claim")
  @APIResponse(responseCode = "409", description = "Already decided")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response approve(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull Approval approval) {
    ClaimView claim = approvals.approve(id, approval, Versioned.expectedVersion(ifMatch));
    return Versioned.ok(claim.version(), claim);
  }

  @POST
  @Path("{id}/rejection")
  @RolesAllowed({FINANCE, COORDINATOR})
  @Operation(
      operationId = "rejectClaim",
      summary = "Reject what is pending on a claim, with a reason")
  @APIResponse(
      responseCode = "200",
      description = "Rejected; ETag is the claim's new version",
      content = @Content(schema = @Schema(implementation = ClaimView.class)))
  @APIResponse(responseCode = "400", description = "No reason given")
  @APIResponse(
      responseCode = "403",
      description = "The caller's own claim, or one they recorded or raised")
  @APIResponse(responseCode = "404", description = "No such claim")
  @APIResponse(responseCode = "409", description = "Already decided")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response reject(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull Rejection rejection) {
    ClaimView claim = approvals.reject(id, rejection, Versioned.expectedVersion(ifMatch));
    return Versioned.ok(claim.version(), claim);
  }
}
