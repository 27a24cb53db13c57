package org.coproduce.payment.approval;

import static org.coproduce.platform.security.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/approval-limits")
@Tag(name = "Approval limits", description = "The most one claim may come to for an approver")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalLimitResource {
  private final ApprovalService approvals;

  public ApprovalLimitResource(ApprovalService approvals) {
    this.approvals = approvals;
  }

  @GET
  @Path("{accountId}")
  @RolesAllowed(ADMIN)
  @Operation(operationId = "getApprovalLimit", summary = "An approver's own limit per claim")
  @APIResponse(responseCode = "404", description = "The approver has their role's default")
  public ApprovalLimitView limit(@PathParam("accountId") String accountId) {
    QueryParams.uuid("accountId", accountId);
    return approvals.limitOf(accountId);
  }

  @PUT
  @Path("{accountId}")
  @RolesAllowed(ADMIN)
  @Operation(
      operationId = "setApprovalLimit",
      summary = "Set an approver's own limit per claim, in place of their role's default")
  @APIResponse(responseCode = "400", description = "limitPence is missing, negative or absurd")
  public ApprovalLimitView setLimit(
      @PathParam("accountId") String accountId, @Valid @NotNull NewApprovalLimit limit) {
    // account ids are the identity provider's subjects (UUIDs): refuse anything else by name
    QueryParams.uuid("accountId", accountId);
    return approvals.setLimit(accountId, limit.limitPence());
  }
}
