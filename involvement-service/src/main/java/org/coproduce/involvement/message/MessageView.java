package org.coproduce.involvement.message;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A message to the signed-in volunteer")
public record MessageView(
    UUID id,
    UUID personId,
    @Schema(example = "INTEREST_OUTCOME") MessagePurpose purpose,
    @Schema(example = "You have been selected: Carer member of the discharge letters project team")
        String subject,
    String body,
    UUID opportunityId,
    Instant createdAt,
    Instant readAt,
    boolean read,
    long version) {

  public static MessageView of(Message message) {
    return new MessageView(
        message.id,
        message.personId,
        message.purpose,
        message.subject,
        message.body,
        message.opportunityId,
        message.createdAt,
        message.readAt,
        message.readAt != null,
        message.version);
  }
}
