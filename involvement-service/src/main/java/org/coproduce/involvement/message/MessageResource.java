package org.coproduce.involvement.message;

import static org.coproduce.platform.security.Roles.VOLUNTEER;

import jakarta.annotation.security.RolesAllowed;
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
import java.util.UUID;
import org.coproduce.platform.paging.Page;
import org.coproduce.platform.paging.PageRequest;
import org.coproduce.platform.security.CurrentUser;
import org.coproduce.platform.web.QueryParams;
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/messages")
@Tag(name = "Messages", description = "In-app messages to the signed-in volunteer")
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {
  private final MessageService messages;
  private final CurrentUser user;

  public MessageResource(MessageService messages, CurrentUser user) {
    this.messages = messages;
    this.user = user;
  }

  @GET
  @RolesAllowed(VOLUNTEER)
  @Operation(
      operationId = "listMyMessages",
      summary = "The signed-in volunteer's messages, newest first; unread=true for new ones only")
  public Page<MessageView> list(
      @QueryParam("unread") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String unread,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return messages.mine(user, QueryParams.bool("unread", unread), PageRequest.of(cursor, limit));
  }

  @POST
  @Path("{id}/read")
  @Consumes(MediaType.WILDCARD) // no body is read
  @RolesAllowed(VOLUNTEER)
  @Operation(operationId = "markMessageRead", summary = "Mark one of your messages read")
  @APIResponse(
      responseCode = "200",
      description = "Read; ETag is set",
      content = @Content(schema = @Schema(implementation = MessageView.class)))
  @APIResponse(responseCode = "404", description = "No such message, or not the caller's")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response markRead(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    MessageView read = messages.markRead(id, Versioned.expectedVersion(ifMatch), user);
    return Versioned.ok(read.version(), read);
  }
}
