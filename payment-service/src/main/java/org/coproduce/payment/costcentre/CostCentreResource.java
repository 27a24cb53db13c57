package org.coproduce.payment.costcentre;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.FINANCE;
import static org.coproduce.platform.security.Roles.VOLUNTEER;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cost centres are a short list of reference data, so they are neither paged nor a service. */
@Path("/api/v1/cost-centres")
@Tag(name = "Cost centres", description = "Where finance books involvement payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CostCentreResource {
  private final CurrentUser user;

  public CostCentreResource(CurrentUser user) {
    this.user = user;
  }

  @GET
  @RolesAllowed({ADMIN, FINANCE, COORDINATOR, VOLUNTEER})
  @Operation(operationId = "listCostCentres", summary = "Every cost centre, by code")
  @APIResponse(
      responseCode = "200",
      description = "The cost centres",
      content = @Content(schema = @Schema(implementation = CostCentreView[].class)))
  public List<CostCentreView> list() {
    return CostCentre.<CostCentre>listAll(Sort.by("code")).stream()
        .map(CostCentreView::of)
        .toList();
  }

  @POST
  @RolesAllowed(ADMIN)
  @Transactional
  @Operation(operationId = "createCostCentre", summary = "Add a cost centre")
  @APIResponse(
      responseCode = "201",
      description = "Added; Location is set",
      content = @Content(schema = @Schema(implementation = CostCentreView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "409", description = "A cost centre with that code exists")
  public Response create(@Valid @NotNull NewCostCentre request, UriInfo uri) {
    if (CostCentre.findById(request.code()) != null) {
      throw new ProblemException.Conflict(
          "Cost centre " + request.code() + " already exists", "code");
    }
    CostCentre centre = new CostCentre();
    centre.code = request.code();
    centre.name = request.name().strip();
    centre.createdBy = user.accountId();
    centre.createdAt = Instant.now();
    centre.persist();
    return Response.created(uri.getAbsolutePathBuilder().path(centre.code).build())
        .entity(CostCentreView.of(centre))
        .build();
  }
}
