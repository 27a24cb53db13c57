package org.coproduce.platform.messaging;

import static org.coproduce.platform.security.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operators' view of what this service's consumers parked, and the redrive once the cause is fixed.
 * Every service has it under its own path; it is left out of the API document, which describes the
 * API third parties and the web app use.
 */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public class DeadLetterResource {
  private final DeadLetters deadLetters;

  public DeadLetterResource(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  @GET
  @Operation(hidden = true)
  public List<DeadLetterView> list() {
    return deadLetters.list();
  }

  @POST
  @Path("/{id}/redrive")
  @Operation(hidden = true)
  public DeadLetterView redrive(@PathParam("id") UUID id) {
    return deadLetters
        .redrive(id)
        .orElseThrow(() -> new ProblemException.NotFound("Parked record " + id));
  }
}
