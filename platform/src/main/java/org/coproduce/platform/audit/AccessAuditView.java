package org.coproduce.platform.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A read of personal data by staff: one person's record, or a list")
public record AccessAuditView(
    UUID id,
    @Schema(description = "Who read it: the reader's account id") String accountId,
    @Schema(description = "The kind of record, or the list, read", example = "REGISTER_SEARCH")
        String recordType,
    @Schema(description = "The record read; absent for a list") UUID recordId,
    @Schema(description = "Whose record or list it was; absent for a list of many people")
        UUID personId,
    @Schema(
            description = "A list read's filters, by name only, never their values",
            example = "name,type")
        String query,
    @Schema(description = "How many items a list read returned; absent for a record")
        Integer returned,
    Instant readAt) {

  public static AccessAuditView of(PersonalDataRead read) {
    return new AccessAuditView(
        read.id,
        read.accountId,
        read.recordType,
        read.recordId,
        read.personId,
        read.query,
        read.returned,
        read.createdAt);
  }
}
