package org.coproduce.involvement.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A service user meeting to arrange: in person, online or both")
public record NewMeeting(
    @Schema(example = "Service user forum, March") @NotBlank @Size(max = 200) String title,
    @Schema(example = "2026-03-18T10:00:00Z") @NotNull Instant startsAt,
    @Schema(example = "2026-03-18T12:00:00Z", description = "After startsAt") @NotNull
        Instant endsAt,
    @Schema(
            example = "Room 3, Trust Headquarters",
            description = "Where people meet in person; location or onlineLink is needed")
        @Size(max = 300)
        String location,
    @Schema(
            example = "https://meet.example.nhs.uk/forum-march",
            description = "Where to join online")
        @Size(max = 500)
        @Pattern(regexp = "https://\\S+", message = "must be an https:// link")
        String onlineLink,
    @Schema(description = "The agenda, in order") @Size(max = 50)
        List<@Valid @NotNull NewAgendaItem> agenda,
    @Schema(
            example = "[\"5b0f9a52-8f1e-4a3e-9d7c-2f7f3c1e8a10\"]",
            description = "Person ids from the register of the people who attend")
        @Size(max = 500)
        List<@NotNull UUID> attendees) {

  @Schema(description = "One item of the agenda")
  public record NewAgendaItem(
      @Schema(example = "Waiting times in the discharge lounge") @NotBlank @Size(max = 200)
          String title,
      @Schema(example = "Pat from the ward team will join for this item") @Size(max = 2000)
          String notes) {}
}
