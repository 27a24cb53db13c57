package org.coproduce.involvement.election;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.EXECUTIVE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ambassadors")
@Tag(name = "Ambassador elections")
@Produces(MediaType.APPLICATION_JSON)
public class AmbassadorResource {
  private final BallotService ballot;

  public AmbassadorResource(BallotService ballot) {
    this.ballot = ballot;
  }

  @GET
  @RolesAllowed({EXECUTIVE, COORDINATOR, ADMIN})
  @Operation(
      operationId = "listAmbassadors",
      summary = "Current ambassadors, their terms and board seats, newest first")
  public Page<AmbassadorView> list(
      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    return ballot.ambassadors(PageRequest.of(cursor, limit));
  }
}
