package org.coproduce.payment.payee;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.FINANCE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/benefit-warnings")
@Tag(name = "Payees")
@Produces(MediaType.APPLICATION_JSON)
public class BenefitsWarningResource {
  private final PayeeService payees;

  public BenefitsWarningResource(PayeeService payees) {
    this.payees = payees;
  }

  @GET
  @RolesAllowed({COORDINATOR, FINANCE, ADMIN})
  @Operation(
      operationId = "listBenefitWarnings",
      summary =
          "Weeks in which a person who receives benefits has fees (approved or awaiting approval)"
              + " above the weekly limit; default since twelve weeks ago")
  @APIResponse(
      responseCode = "200",
      description = "Latest week first",
      content = @Content(schema = @Schema(implementation = BenefitsWarning[].class)))
  public List<BenefitsWarning> list(@QueryParam("from") LocalDate from) {
    return payees.warnings(from);
  }
}
