package org.coproduce.payment.approval;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.FINANCE;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduce.payment.claim.ClaimView;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Approval", description = "Approving and rejecting claims, and approvers' limits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalResource {
  private final ApprovalService approvals;

  public ApprovalResource(ApprovalService approvals) {
    this.approvals = approvals;
  }

  @POST
  @Path("claims/{id}/approval")
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
  @Path("claims/{id}/rejection")
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

  @GET
  @Path("approval-limits/{accountId}")
  @RolesAllowed(ADMIN)
  @Operation(operationId = "getApprovalLimit", summary = "An approver's own limit per claim")
  @APIResponse(responseCode = "404", description = "The approver has their role's default")
  public ApprovalLimitView limit(@PathParam("accountId") String accountId) {
    return approvals.limitOf(accountId);
  }

  @PUT
  @Path("approval-limits/{accountId}")
  @RolesAllowed(ADMIN)
  @Operation(
      operationId = "setApprovalLimit",
      summary = "Set an approver's own limit per claim, in place of their role's default")
  @APIResponse(responseCode = "400", description = "limitPence is missing, negative or absurd")
  public ApprovalLimitView setLimit(
      @PathParam("accountId") String accountId, @Valid @NotNull NewApprovalLimit limit) {
    return approvals.setLimit(accountId, limit.limitPence());
  }
}
