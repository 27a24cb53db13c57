package org.coproduce.involvement.privacy;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.EXECUTIVE;
import static org.coproduce.platform.security.Roles.FINANCE;
import static org.coproduce.platform.security.Roles.QI_LEAD;
import static org.coproduce.platform.security.Roles.VOLUNTEER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people/{personId}/erasure")
@Tag(name = "Privacy", description = "Subject access and erasure (UK GDPR)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ErasureResource {
  private final PrivacyService privacy;
  private final CurrentUser user;

  public ErasureResource(PrivacyService privacy, CurrentUser user) {
    this.privacy = privacy;
    this.user = user;
  }

  /**
   * Every role may ask, so that anyone but the register's keepers is told the person is unknown.
   */
  @POST
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER, QI_LEAD, FINANCE, EXECUTIVE})
  @Operation(
      operationId = "erasePerson",
      summary =
          "Erase a person: name pseudonymised, personal fields wiped, consents withdrawn; history"
              + " and payments stay against the same id; every service is told")
  @APIResponse(
      responseCode = "200",
      description = "Erased; ETag is set",
      content = @Content(schema = @Schema(implementation = ErasureView.class)))
  @APIResponse(responseCode = "400", description = "The reason is not one there is")
  @APIResponse(
      responseCode = "404",
      description = "No such person, or not one the caller may erase")
  @APIResponse(responseCode = "409", description = "The person was already erased")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response erase(
      @PathParam("personId") UUID personId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid NewErasure erasure) {
    ErasureView erased =
        privacy.erase(
            personId,
            erasure == null ? null : erasure.reason(),
            Versioned.expectedVersion(ifMatch),
            user);
    return Versioned.ok(erased.version(), erased);
  }
}
