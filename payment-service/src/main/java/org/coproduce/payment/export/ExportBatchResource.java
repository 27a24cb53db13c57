package org.coproduce.payment.export;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.FINANCE;
import static org.coproduce.platform.security.Roles.PAYMENTS_EXPORT;
import static org.coproduce.platform.security.Roles.PAYMENTS_OUTCOMES;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coproduce.platform.idempotency.Idempotency;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Finance officers, and the payroll or finance system with the {@code payments:export} scope, make
 * batches and pull their files; a second finance officer or an administrator, or a system with the
 * {@code payments:outcomes} scope, reports what was paid.
 */
@Path("/api/v1/export-batches")
@Tag(name = "Finance exports", description = "Batches of approved lines for finance to pay")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExportBatchResource {
  private final ExportService exports;
  private final ExportFiles files;
  private final Idempotency idempotency;

  public ExportBatchResource(ExportService exports, ExportFiles files, Idempotency idempotency) {
    this.exports = exports;
    this.files = files;
    this.idempotency = idempotency;
  }

  @POST
  @RolesAllowed({FINANCE, PAYMENTS_EXPORT})
  @Operation(
      operationId = "createExportBatch",
      summary =
          "Export the approved lines awaiting export for a route and period; each line goes into"
              + " one batch only")
  @APIResponse(
      responseCode = "201",
      description = "Made; Location is set",
      content = @Content(schema = @Schema(implementation = ExportBatchView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(
      responseCode = "403",
      description =
          "The caller made the latest change to the payment details of someone whose lines await"
              + " this export")
  @APIResponse(
      responseCode = "422",
      description =
          "Nothing awaits export, a named line is already exported (or not approved, of another"
              + " route or period), or the Idempotency-Key was used with another request")
  public Response create(
      @Parameter(
              in = ParameterIn.HEADER,
              name = Idempotency.HEADER,
              description = "Retry with the same key and body to get the same batch again")
          @HeaderParam(Idempotency.HEADER)
          String idempotencyKey,
      @Valid @NotNull NewExportBatch batch,
      UriInfo uri) {
    return idempotency.once(
        idempotencyKey,
        "createExportBatch",
        batch,
        () -> {
          ExportBatchView made = exports.create(batch);
          return Response.created(uri.getAbsolutePathBuilder().path(made.id().toString()).build())
              .entity(made)
              .build();
        });
  }

  @GET
  @RolesAllowed({FINANCE, ADMIN, PAYMENTS_EXPORT})
  @Operation(operationId = "listExportBatches", summary = "Export batches, newest first")
  @APIResponse(responseCode = "200", description = "A page of batches")
  public Page<ExportBatchView> list(
      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    return exports.list(PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({FINANCE, ADMIN, PAYMENTS_EXPORT})
  @Operation(operationId = "getExportBatch", summary = "One batch: totals, checksum, outcomes")
  @APIResponse(
      responseCode = "200",
      description = "The batch",
      content = @Content(schema = @Schema(implementation = ExportBatchView.class)))
  @APIResponse(responseCode = "404", description = "No such batch")
  public ExportBatchView get(@PathParam("id") UUID id) {
    return exports.get(id);
  }

  @GET
  @Path("{id}/lines")
  @RolesAllowed({FINANCE, ADMIN, PAYMENTS_EXPORT})
  @Operation(
      operationId = "listExportLines",
      summary = "A batch's lines and their outcomes (no payee references or bank details)")
  @APIResponse(responseCode = "200", description = "A page of lines")
  @APIResponse(responseCode = "404", description = "No such batch")
  public Page<ExportLineView> lines(
      @PathParam("id") UUID id,
      @QueryParam("outcome") String outcome,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return exports.lines(
        id,
        QueryParams.enumValue("outcome", outcome, ExportOutcome.class),
        PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{id}/csv")
  @Produces(ExportFiles.CSV)
  @RolesAllowed({FINANCE, PAYMENTS_EXPORT})
  @Operation(
      operationId = "downloadExportBatchCsv",
      summary =
          "The batch as CSV for finance, with payee references and bank details; the same bytes"
              + " every time (SHA-256 = the batch's checksum); the download is recorded")
  @APIResponse(
      responseCode = "200",
      description = "The file",
      content = @Content(mediaType = ExportFiles.CSV))
  @APIResponse(responseCode = "404", description = "No such batch")
  public Response csv(@PathParam("id") UUID id) {
    ExportBatchView batch = exports.get(id);
    files.recordDownload(id, "CSV");
    StreamingOutput body = out -> files.writeCsv(id, out);
    return download(body, batch, "csv");
  }

  @GET
  @Path("{id}/json")
  @RolesAllowed({FINANCE, PAYMENTS_EXPORT})
  @Operation(
      operationId = "downloadExportBatchJson",
      summary =
          "The batch as JSON for finance systems, with payee references and bank details; the same"
              + " bytes every time; the download is recorded")
  @APIResponse(
      responseCode = "200",
      description = "The file",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(responseCode = "404", description = "No such batch")
  public Response json(@PathParam("id") UUID id) {
    ExportBatchView batch = exports.get(id);
    files.recordDownload(id, "JSON");
    StreamingOutput body = out -> files.writeJson(id, out);
    return download(body, batch, "json");
  }

  @POST
  @Path("{id}/outcomes")
  @RolesAllowed({FINANCE, ADMIN, PAYMENTS_OUTCOMES})
  @Operation(
      operationId = "recordPaymentOutcomes",
      summary =
          "Mark lines of a batch paid, or failed with the reason (a failed line returns to the"
              + " export queue); never by the finance officer who made the batch")
  @APIResponse(
      responseCode = "200",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = ExportBatchView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "403", description = "The caller made this batch")
  @APIResponse(responseCode = "404", description = "No such batch")
  @APIResponse(
      responseCode = "422",
      description = "A line is not in the batch, or already has another outcome")
  public ExportBatchView outcomes(
      @PathParam("id") UUID id, @Valid @NotNull PaymentOutcomes outcomes) {
    return exports.recordOutcomes(id, outcomes);
  }

  private static Response download(StreamingOutput body, ExportBatchView batch, String extension) {
    return Response.ok(body)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"coproduce-export-" + batch.id() + "." + extension + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
