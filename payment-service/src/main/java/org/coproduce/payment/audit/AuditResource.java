package org.coproduce.payment.audit;

import static org.coproduce.platform.security.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.platform.audit.AccessAudit;
import org.coproduce.platform.audit.AccessAuditView;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Tag(name = "Payment audit", description = "Who read which person's payment data, and when")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  private final AccessAudit audit;

  public AuditResource(AccessAudit audit) {
    this.audit = audit;
  }

  @GET
  @RolesAllowed(ADMIN)
  @Operation(
      operationId = "listPaymentAccessAudit",
      summary =
          "Reads of payees, claims, earnings and benefit warnings by staff, newest first;"
              + " optionally of one person")
  @APIResponse(responseCode = "400", description = "personId, cursor or limit is invalid")
  public Page<AccessAuditView> list(
      @QueryParam("personId") String personId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return audit.list(QueryParams.uuid("personId", personId), PageRequest.of(cursor, limit));
  }
}
