package org.coproduce.strategy.indicator;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.EXECUTIVE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Is the involvement strategy working? Computed from events")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {
  private final IndicatorProjection projection;
  private final IndicatorReplay replay;

  public IndicatorResource(IndicatorProjection projection, IndicatorReplay replay) {
    this.projection = projection;
    this.replay = replay;
  }

  @GET
  @RolesAllowed({EXECUTIVE, COORDINATOR, ADMIN})
  @Operation(operationId = "getIndicators", summary = "The current involvement indicators")
  public IndicatorsView current() {
    return projection.current();
  }

  @POST
  @Path("rebuild")
  @RolesAllowed(ADMIN)
  @Operation(
      operationId = "rebuildIndicators",
      summary = "Rebuild the indicators by replaying every topic from the beginning")
  public IndicatorsView rebuild() {
    return replay.rebuild();
  }
}
