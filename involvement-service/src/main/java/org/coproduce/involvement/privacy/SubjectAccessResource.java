package org.coproduce.involvement.privacy;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.EXECUTIVE;
import static org.coproduce.platform.security.Roles.FINANCE;
import static org.coproduce.platform.security.Roles.QI_LEAD;
import static org.coproduce.platform.security.Roles.VOLUNTEER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduce.platform.privacy.SubjectAccessView;
import org.coproduce.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/subject-access")
@Tag(name = "Privacy", description = "Subject access and erasure (UK GDPR)")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectAccessResource {
  private final PrivacyService privacy;
  private final CurrentUser user;

  public SubjectAccessResource(PrivacyService privacy, CurrentUser user) {
    this.privacy = privacy;
    this.user = user;
  }

  /** Every role may ask, so that anyone but the person and the register's keepers gets a 404. */
  @GET
  @Path("{personId}")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER, QI_LEAD, FINANCE, EXECUTIVE})
  @Operation(
      operationId = "getInvolvementSubjectAccess",
      summary =
          "Everything involvement-service holds about a person, a section per feature (profile,"
              + " consents, participations, interests, messages, meetings, contributions, panels,"
              + " elections and more); for the person or the register's keepers")
  @APIResponse(responseCode = "404", description = "No such person, or not one the caller may see")
  public SubjectAccessView get(@PathParam("personId") UUID personId) {
    return privacy.export(personId, user);
  }
}
