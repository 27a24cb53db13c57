package org.coproduce.payment.claim;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.FINANCE;
import static org.coproduce.platform.security.Roles.VOLUNTEER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/claims")
@Tag(name = "Claims", description = "Fee and expense claims for involvement")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {
  private final ClaimService claims;

  public ClaimResource(ClaimService claims) {
    this.claims = claims;
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
}
