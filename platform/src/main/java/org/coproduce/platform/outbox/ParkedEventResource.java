package org.coproduce.platform.outbox;

import static org.coproduce.platform.security.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operators' view of the events this service's relay parked, and the re-queue once the cause is
 * fixed. Left out of the API document like the dead letters.
 */
@Path("/api/v1/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public class ParkedEventResource {
  private final OutboxRelay relay;

  public ParkedEventResource(OutboxRelay relay) {
    this.relay = relay;
  }

  @GET
  @Operation(hidden = true)
  public List<ParkedEventView> list() {
    return relay.parked();
  }

  @POST
  @Path("/{id}/requeue")
  @Operation(hidden = true)
  public Response requeue(@PathParam("id") UUID id) {
    if (!relay.requeue(id)) {
      throw new ProblemException.NotFound("Parked event " + id);
    }
    return Response.noContent().build();
  }
}
