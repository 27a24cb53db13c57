package org.coproduce.involvement.person;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.FINANCE;
import static org.coproduce.platform.security.Roles.QI_LEAD;
import static org.coproduce.platform.security.Roles.VOLUNTEER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.QueryParams;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people")
@Tag(
    name = "People",
    description = "The involvement register: service users, carers, family members, stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {
  private final PersonService people;
  private final CurrentUser user;

  public PersonResource(PersonService people, CurrentUser user) {
    this.people = people;
    this.user = user;
  }

  @POST
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(operationId = "registerPerson", summary = "Add a person to the involvement register")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = PersonView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  public Response register(@Valid @NotNull NewPerson person, UriInfo uri) {
    PersonView registered = people.register(person, user.accountId());
    return Versioned.created(uri, registered.id(), registered.version(), registered);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER, QI_LEAD, FINANCE})
  @Operation(
      operationId = "getPerson",
      summary =
          "One person in the register; a volunteer sees only their own record, a QI lead or"
              + " finance officer sees no contact details or access needs")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = PersonView.class)))
  @APIResponse(responseCode = "404", description = "No such person, or not one the caller may see")
  public Response get(@PathParam("id") UUID id) {
    PersonView person = people.get(id, user);
    return Versioned.ok(person.version(), person);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "updatePerson",
      summary =
          "Replace a person's profile; a volunteer keeps their own up to date (not their type)")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is set",
      content = @Content(schema = @Schema(implementation = PersonView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "No such person, or not one the caller may see")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  @APIResponse(
      responseCode = "422",
      description = "A volunteer tried to change their type, or the person has been erased")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull NewPerson person) {
    PersonView changed = people.update(id, person, Versioned.expectedVersion(ifMatch), user);
    return Versioned.ok(changed.version(), changed);
  }

  @GET
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "listPeople",
      summary =
          "Search the register, newest first: by part of the name, type or interest; each search"
              + " is audited (which filters, how many people; never the values searched for)")
  public Page<PersonView> list(
      @QueryParam("name") String name,
      @QueryParam("type") String type,
      @QueryParam("interest") String interest,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return people.search(
        name,
        QueryParams.enumValue("type", type, PersonType.class),
        interest,
        PageRequest.of(cursor, limit),
        user);
  }
}
