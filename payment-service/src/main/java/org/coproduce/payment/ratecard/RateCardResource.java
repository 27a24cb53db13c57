package org.coproduce.payment.ratecard;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.FINANCE;
import static org.coproduce.platform.security.Roles.VOLUNTEER;

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
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rate-cards")
@Tag(name = "Rate cards", description = "Versioned fees, mileage rate and expense caps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RateCardResource {
  private final RateCardService rateCards;
  private final CurrentUser user;

  public RateCardResource(RateCardService rateCards, CurrentUser user) {
    this.rateCards = rateCards;
    this.user = user;
  }

  @POST
  @RolesAllowed(ADMIN)
  @Operation(
      operationId = "createRateCard",
      summary = "Add the next rate card version; past claims keep the version they used")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is set",
      content = @Content(schema = @Schema(implementation = RateCardView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "409", description = "A version of that name exists")
  @APIResponse(
      responseCode = "422",
      description = "It would take effect on or before the latest version's day")
  public Response create(@Valid @NotNull NewRateCard rateCard, UriInfo uri) {
    RateCardView created = rateCards.create(rateCard, user.accountId());
    return Response.created(uri.getAbsolutePathBuilder().path(created.version()).build())
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed({ADMIN, FINANCE, COORDINATOR, VOLUNTEER})
  @Operation(operationId = "listRateCards", summary = "Rate card versions, newest first")
  public Page<RateCardView> list(
      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    return rateCards.list(PageRequest.of(cursor, limit));
  }

  @GET
  @Path("in-force")
  @RolesAllowed({ADMIN, FINANCE, COORDINATOR, VOLUNTEER})
  @Operation(
      operationId = "getRateCardInForce",
      summary = "The version in force on a day: the latest effective-from not after it")
  @APIResponse(
      responseCode = "200",
      description = "The version and its rules",
      content = @Content(schema = @Schema(implementation = RateCardView.class)))
  @APIResponse(responseCode = "400", description = "date is missing or not a date")
  @APIResponse(responseCode = "422", description = "No version was in force yet on that day")
  public RateCardView inForce(@QueryParam("date") String date) {
    return rateCards.get(rateCards.inForce(day(date)).version());
  }

  @GET
  @Path("{version}")
  @RolesAllowed({ADMIN, FINANCE, COORDINATOR, VOLUNTEER})
  @Operation(operationId = "getRateCard", summary = "One rate card version and its rules")
  @APIResponse(
      responseCode = "200",
      description = "The version and its rules",
      content = @Content(schema = @Schema(implementation = RateCardView.class)))
  @APIResponse(responseCode = "404", description = "No such version")
  public RateCardView get(@PathParam("version") String version) {
    return rateCards.get(version);
  }

  private static LocalDate day(String date) {
    if (date == null || date.isBlank()) {
      throw new ProblemException.InvalidField("date", "is required");
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new ProblemException.InvalidField("date", "must be a date like 2026-10-14");
    }
  }
}
