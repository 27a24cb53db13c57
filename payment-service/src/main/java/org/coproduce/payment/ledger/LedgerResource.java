package org.coproduce.payment.ledger;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.FINANCE;
import static org.coproduce.platform.security.Roles.VOLUNTEER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ledger")
@Tag(name = "Ledger", description = "Every money movement, append-only, and its totals")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {
  private final Ledger ledger;

  public LedgerResource(Ledger ledger) {
    this.ledger = ledger;
  }

  @GET
  @RolesAllowed({FINANCE, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "listLedgerEntries",
      summary = "Ledger entries newest first, for a payee or a claim; a volunteer sees only theirs")
  @APIResponse(responseCode = "404", description = "Another person's entries, asked by a volunteer")
  public Page<LedgerEntryView> entries(
      @QueryParam("personId") String personId,
      @QueryParam("claimId") String claimId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return ledger.entries(
        QueryParams.uuid("personId", personId),
        QueryParams.uuid("claimId", claimId),
        PageRequest.of(cursor, limit));
  }

  @GET
  @Path("payees/{personId}/totals")
  @RolesAllowed({FINANCE, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "getPayeeTotals",
      summary = "A payee's totals per UK tax year; a volunteer sees only their own")
  @APIResponse(
      responseCode = "200",
      description = "Latest tax year first",
      content = @Content(schema = @Schema(implementation = PayeeTotal[].class)))
  @APIResponse(responseCode = "404", description = "Another person's totals, asked by a volunteer")
  public List<PayeeTotal> payeeTotals(@PathParam("personId") UUID personId) {
    return ledger.payeeTotals(personId);
  }

  @GET
  @Path("cost-centres/totals")
  @RolesAllowed({FINANCE, ADMIN})
  @Operation(
      operationId = "getCostCentreTotals",
      summary = "Totals per cost centre and UK tax year, optionally for one tax year")
  @APIResponse(responseCode = "400", description = "taxYear is not like 2026-27")
  public List<CostCentreTotal> costCentreTotals(@QueryParam("taxYear") String taxYear) {
    if (taxYear != null && !taxYear.matches("\\d{4}-\\d{2}")) {
      throw new ProblemException.InvalidField("taxYear", "must be like 2026-27");
    }
    return ledger.costCentreTotals(taxYear);
  }
}
