package org.coproduce.involvement.pyramid;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.VOLUNTEER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people/{personId}/pyramid-level")
@Tag(name = "Pyramid levels", description = "The levels of the Involvement Pyramid")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonLevelResource {
  private final PyramidService pyramid;
  private final CurrentUser user;

  public PersonLevelResource(PyramidService pyramid, CurrentUser user) {
    this.pyramid = pyramid;
    this.user = user;
  }

  @PUT
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "setPersonPyramidLevel",
      summary = "Put a person at a level of the pyramid; the change joins their history")
  @APIResponse(
      responseCode = "200",
      description = "Set; ETag is set",
      content = @Content(schema = @Schema(implementation = PersonLevelView.class)))
  @APIResponse(responseCode = "400", description = "The level is not one there is (names level)")
  @APIResponse(responseCode = "404", description = "No such person")
  @APIResponse(responseCode = "422", description = "The person has been erased")
  public Response set(@PathParam("personId") UUID personId, @Valid @NotNull NewPersonLevel level) {
    PersonLevelView set = pyramid.setLevel(personId, level.level(), user);
    return Versioned.ok(set.version(), set);
  }

  @GET
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "getPersonPyramidLevel",
      summary = "The level a person is at now; a volunteer sees only their own")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = PersonLevelView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such person, not one the caller may see, or no level set yet")
  public Response current(@PathParam("personId") UUID personId) {
    PersonLevelView current = pyramid.currentLevel(personId, user);
    return Versioned.ok(current.version(), current);
  }

  @GET
  @Path("history")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "getPersonPyramidHistory",
      summary = "A person's level changes, newest first; a volunteer sees only their own")
  @APIResponse(responseCode = "404", description = "No such person, or not one the caller may see")
  public Page<LevelHistoryView> history(
      @PathParam("personId") UUID personId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return pyramid.history(personId, user, PageRequest.of(cursor, limit));
  }
}
