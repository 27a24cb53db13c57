package org.coproduce.involvement.meeting;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
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
import org.coproduce.platform.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings")
@Tag(
    name = "Meetings",
    description = "Service user meetings: agenda, attendees, minutes and actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {
  private final MeetingService meetings;
  private final CurrentUser user;

  public MeetingResource(MeetingService meetings, CurrentUser user) {
    this.meetings = meetings;
    this.user = user;
  }

  @POST
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(operationId = "arrangeMeeting", summary = "Arrange a service user meeting")
  @APIResponse(
      responseCode = "201",
      description = "Arranged; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = MeetingView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(
      responseCode = "422",
      description = "An attendee is not in the register or has been erased")
  public Response arrange(@Valid @NotNull NewMeeting meeting, UriInfo uri) {
    MeetingView arranged = meetings.arrange(meeting, user.accountId());
    return Versioned.created(uri, arranged.id(), arranged.version(), arranged);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "getMeeting",
      summary =
          "One meeting; a volunteer sees only a meeting they attended, and its minutes and"
              + " actions once published")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = MeetingView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such meeting, or not one the caller attended")
  public Response get(@PathParam("id") UUID id) {
    MeetingView meeting = meetings.get(id, user);
    return Versioned.ok(meeting.version(), meeting);
  }

  @GET
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "listMeetings",
      summary = "Meetings, newest first; a volunteer sees the meetings they attended")
  @APIResponse(responseCode = "400", description = "cursor or limit is invalid")
  public Page<MeetingSummaryView> list(
      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    return meetings.list(user, PageRequest.of(cursor, limit));
  }

  @PUT
  @Path("{id}/attendees")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "recordMeetingAttendees",
      summary = "Record who attended; it replaces the list and decides who may read the minutes")
  @APIResponse(
      responseCode = "200",
      description = "Recorded; ETag is set",
      content = @Content(schema = @Schema(implementation = MeetingView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "No such meeting")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  @APIResponse(
      responseCode = "422",
      description = "An attendee is not in the register or has been erased")
  public Response recordAttendees(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull AttendeesChange change) {
    MeetingView meeting =
        meetings.changeAttendees(id, change.attendees(), Versioned.expectedVersion(ifMatch));
    return Versioned.ok(meeting.version(), meeting);
  }

  @PUT
  @Path("{id}/minutes")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(operationId = "draftMinutes", summary = "Write or replace the draft minutes")
  @APIResponse(
      responseCode = "200",
      description = "Drafted; ETag is set",
      content = @Content(schema = @Schema(implementation = MeetingView.class)))
  @APIResponse(responseCode = "404", description = "No such meeting")
  @APIResponse(responseCode = "409", description = "The minutes are published and final")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response draftMinutes(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull MinutesDraft draft) {
    MeetingView meeting = meetings.draftMinutes(id, draft, Versioned.expectedVersion(ifMatch));
    return Versioned.ok(meeting.version(), meeting);
  }

  @POST
  @Path("{id}/minutes/publication")
  @Consumes(MediaType.WILDCARD) // no body is read, so whatever a client labels it with is fine
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(
      operationId = "publishMinutes",
      summary =
          "Publish the minutes, once: the attendees see them and the actions, and the newsletter"
              + " gets an item")
  @APIResponse(
      responseCode = "200",
      description = "Published; ETag is set",
      content = @Content(schema = @Schema(implementation = MeetingView.class)))
  @APIResponse(responseCode = "404", description = "No such meeting")
  @APIResponse(responseCode = "409", description = "The minutes are already published")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  @APIResponse(responseCode = "422", description = "There are no minutes to publish yet")
  public Response publishMinutes(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    MeetingView meeting =
        meetings.publishMinutes(id, Versioned.expectedVersion(ifMatch), user.accountId());
    return Versioned.ok(meeting.version(), meeting);
  }

  @POST
  @Path("{id}/actions")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(operationId = "addMeetingAction", summary = "Record an action agreed at the meeting")
  @APIResponse(
      responseCode = "201",
      description = "Recorded, open; Location and ETag are set",
      content = @Content(schema = @Schema(implementation = MeetingActionView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "No such meeting")
  @APIResponse(
      responseCode = "422",
      description = "The owner is not in the register or has been erased")
  public Response addAction(
      @PathParam("id") UUID id, @Valid @NotNull NewMeetingAction action, UriInfo uri) {
    MeetingActionView added = meetings.addAction(id, action, user.accountId());
    return Versioned.created(uri, added.id(), added.version(), added);
  }

  @GET
  @Path("{id}/actions/{actionId}")
  @RolesAllowed({COORDINATOR, ADMIN, VOLUNTEER})
  @Operation(
      operationId = "getMeetingAction",
      summary = "One action; an attendee sees it once the minutes are published")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is set",
      content = @Content(schema = @Schema(implementation = MeetingActionView.class)))
  @APIResponse(responseCode = "404", description = "No such action, or not one the caller may see")
  public Response getAction(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId) {
    MeetingActionView action = meetings.getAction(id, actionId, user);
    return Versioned.ok(action.version(), action);
  }

  @PUT
  @Path("{id}/actions/{actionId}/status")
  @RolesAllowed({COORDINATOR, ADMIN})
  @Operation(operationId = "changeMeetingActionStatus", summary = "Mark an action done, or open")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is set",
      content = @Content(schema = @Schema(implementation = MeetingActionView.class)))
  @APIResponse(responseCode = "404", description = "No such action at this meeting")
  @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
  public Response changeActionStatus(
      @PathParam("id") UUID id,
      @PathParam("actionId") UUID actionId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ActionStatusChange change) {
    MeetingActionView action =
        meetings.changeActionStatus(
            id, actionId, change.status(), Versioned.expectedVersion(ifMatch));
    return Versioned.ok(action.version(), action);
  }
}
