package org.coproduce.payment.export;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.FINANCE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/export-queue")
@Tag(name = "Finance exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportQueueResource {
  private final ExportService exports;

  public ExportQueueResource(ExportService exports) {
    this.exports = exports;
  }

  @GET
  @RolesAllowed({FINANCE, ADMIN})
  @Operation(
      operationId = "getExportQueue",
      summary = "Approved lines awaiting export, per payment route")
  @APIResponse(
      responseCode = "200",
      description = "One entry per route with lines waiting",
      content = @Content(schema = @Schema(implementation = ExportQueueView[].class)))
  public List<ExportQueueView> queue() {
    return exports.queue();
  }
}
