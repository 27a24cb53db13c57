package org.coproduce.involvement.consent;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.QueryParams;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people/{personId}/consents")
@Tag(name = "Consent", description = "A person's consent, given and withdrawn per purpose")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {
  private final ConsentService consents;
  private final CurrentUser user;

  public ConsentResource(ConsentService consents, CurrentUser user) {
    this.consents = consents;
    this.user = user;
  }

  @POST
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "giveConsent",
      summary = "Record a person's consent to a purpose; a volunteer only their own")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = ConsentView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "No such person, or not one the caller may see")
  @APIResponse(responseCode = "409", description = "Consent to this purpose is already in force")
  @APIResponse(responseCode = "422", description = "The person has been erased")
  public Response give(
      @PathParam("personId") UUID personId, @Valid @NotNull NewConsent consent, UriInfo uri) {
    ConsentView given = consents.give(personId, consent, user);
    return Versioned.created(uri, given.id(), given.version(), given);
  }

  @POST
  @Path("{consentId}/withdrawal")
  @Consumes(MediaType.WILDCARD) // no body is read, so whatever a client labels it with is fine
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "withdrawConsent",
      summary = "Withdraw a consent, from this moment; a volunteer only their own")
  @APIResponse(
      responseCode = "200",
      description = "Withdrawn; ETag is set",
      content = @Content(schema = @Schema(implementation = ConsentView.class)))
  @APIResponse(responseCode = "404", description = "No such consent, or not one the caller may see")
  @APIResponse(responseCode = "409", description = "The consent was already withdrawn")
  public Response withdraw(
      @PathParam("personId") UUID personId, @PathParam("consentId") UUID consentId) {
    ConsentView withdrawn = consents.withdraw(personId, consentId, user);
    return Versioned.ok(withdrawn.version(), withdrawn);
  }

  @GET
  @Path("{consentId}")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(operationId = "getConsent", summary = "One consent record; a volunteer their own")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = ConsentView.class)))
  @APIResponse(responseCode = "404", description = "No such consent, or not one the caller may see")
  public Response get(
      @PathParam("personId") UUID personId, @PathParam("consentId") UUID consentId) {
    ConsentView consent = consents.get(personId, consentId, user);
    return Versioned.ok(consent.version(), consent);
  }

  @GET
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "getConsents",
      summary = "Where each purpose stands now, and every consent record; a volunteer their own")
  @APIResponse(responseCode = "404", description = "No such person, or not one the caller may see")
  public ConsentsView list(@PathParam("personId") UUID personId) {
    return consents.of(personId, user);
  }

  @GET
  @Path("{purpose}/allowed")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "isConsentAllowed",
      summary = "Whether the person may be contacted for a purpose right now")
  @APIResponse(responseCode = "400", description = "The purpose is not one there is")
  @APIResponse(responseCode = "404", description = "No such person")
  public ConsentAllowedView allowed(
      @PathParam("personId") UUID personId, @PathParam("purpose") String purpose) {
    return consents.allowed(
        personId, QueryParams.enumValue("purpose", purpose, ConsentPurpose.class), user);
  }
}
