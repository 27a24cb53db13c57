package org.coproduce.involvement.pyramid;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.EXECUTIVE;
import static org.coproduce.platform.security.Roles.QI_LEAD;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pyramid-levels")
@Tag(name = "Pyramid levels", description = "The levels of the Involvement Pyramid")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PyramidLevelResource {
  private final PyramidService pyramid;

  public PyramidLevelResource(PyramidService pyramid) {
    this.pyramid = pyramid;
  }

  @GET
  @RolesAllowed({COORDINATOR, ADMIN, QI_LEAD, EXECUTIVE})
  @Operation(operationId = "listPyramidLevels", summary = "The levels, bottom (rank 1) first")
  public List<PyramidLevelView> list() {
    return pyramid.levels();
  }

  @POST
  @RolesAllowed(ADMIN)
  @Operation(operationId = "addPyramidLevel", summary = "Add a level to the pyramid")
  @APIResponse(
      responseCode = "201",
      description = "Added; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = PyramidLevelView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "409", description = "The code or the rank is taken")
  public Response add(@Valid @NotNull NewPyramidLevel level, UriInfo uri) {
    PyramidLevelView added = pyramid.addLevel(level);
    return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build())
        .tag(Long.toString(added.version()))
        .entity(added)
        .build();
  }

  @PUT
  @Path("{code}")
  @RolesAllowed(ADMIN)
  @Operation(operationId = "changePyramidLevel", summary = "Change a level's label and rank")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is set",
      content = @Content(schema = @Schema(implementation = PyramidLevelView.class)))
  @APIResponse(responseCode = "404", description = "No such level")
  @APIResponse(responseCode = "409", description = "Another level has the rank")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response change(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull PyramidLevelChange change) {
    PyramidLevelView changed = pyramid.changeLevel(code, change, Versioned.versionIn(ifMatch));
    return Versioned.ok(changed.version(), changed);
  }
}
