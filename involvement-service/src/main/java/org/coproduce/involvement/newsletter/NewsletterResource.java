package org.coproduce.involvement.newsletter;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/newsletter")
@Tag(name = "Newsletter", description = "Newsletter items and the digest sent to people who agreed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewsletterResource {
  private final NewsletterService newsletter;
  private final CurrentUser user;

  public NewsletterResource(NewsletterService newsletter, CurrentUser user) {
    this.newsletter = newsletter;
    this.user = user;
  }

  @POST
  @Path("items")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(operationId = "writeNewsletterItem", summary = "Write an item for the newsletter")
  @APIResponse(
      responseCode = "201",
      description = "Written; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = NewsletterItemView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  public Response write(@Valid @NotNull NewNewsletterItem item, UriInfo uri) {
    NewsletterItemView written = newsletter.write(item, user.accountId());
    return Versioned.created(uri, written.id(), written.version(), written);
  }

  @GET
  @Path("items/{id}")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(operationId = "getNewsletterItem", summary = "One newsletter item")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = NewsletterItemView.class)))
  @APIResponse(responseCode = "404", description = "No such item")
  public Response get(@PathParam("id") UUID id) {
    NewsletterItemView item = newsletter.get(id);
    return Versioned.ok(item.version(), item);
  }

  @GET
  @Path("items")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(operationId = "listNewsletterItems", summary = "Newsletter items, newest first")
  @APIResponse(responseCode = "400", description = "cursor or limit is invalid")
  public Page<NewsletterItemView> list(
      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    return newsletter.list(PageRequest.of(cursor, limit));
  }

  @GET
  @Path("digest")
  @RolesAllowed(COORDINATOR)
  @Operation(
      operationId = "buildNewsletterDigest",
      summary =
          "The newsletter for a period: the items added on those days and the people with"
              + " newsletter consent in force right now")
  @APIResponse(
      responseCode = "200",
      description = "Built now",
      content = @Content(schema = @Schema(implementation = DigestView.class)))
  @APIResponse(responseCode = "400", description = "from or to is missing or invalid")
  public DigestView digest(
      @Parameter(description = "First day, in England", example = "2026-03-01") @QueryParam("from")
          String from,
      @Parameter(description = "Last day, in England; on or after from", example = "2026-03-31")
          @QueryParam("to")
          String to) {
    return newsletter.digest(day("from", from), day("to", to), user);
  }

  private static LocalDate day(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ProblemException.InvalidField(field, "is required");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ProblemException.InvalidField(field, "must be a date like 2026-03-01");
    }
  }
}
