package org.coproduce.payment.payee;

import static org.coproduce.platform.security.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bank-details-key-rotations")
@Tag(name = "Payees")
@Produces(MediaType.APPLICATION_JSON)
public class KeyRotationResource {
  private final KeyRotation rotation;

  public KeyRotationResource(KeyRotation rotation) {
    this.rotation = rotation;
  }

  @POST
  @Consumes(MediaType.WILDCARD) // no body is read
  @RolesAllowed(ADMIN)
  @Operation(
      operationId = "rotateBankDetailsKey",
      summary =
          "Re-encrypt every payee's bank details with the current key of the ring (after a new key"
              + " was added); batches already made keep theirs")
  @APIResponse(
      responseCode = "200",
      description = "Done: how many ciphertexts were re-encrypted",
      content = @Content(schema = @Schema(implementation = KeyRotation.Result.class)))
  public KeyRotation.Result rotate() {
    return rotation.rotate();
  }
}
