package org.coproduce.payment.claim;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What is known of a receipt; the file itself is not stored here yet")
public record Receipt(
    @Schema(example = "bus-ticket.jpg") @NotBlank @Size(max = 255) String fileName,
    @Schema(example = "image/jpeg")
        @NotBlank
        @Pattern(
            regexp = "[a-z]+/[a-z0-9.+-]{1,100}",
            message = "must be a media type like image/jpeg")
        String contentType,
    @Schema(example = "48213", description = "In bytes, at most 20 MB")
        @NotNull
        @Positive
        @Max(20 * 1024 * 1024)
        Long sizeBytes,
    @Schema(
            example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            description = "SHA-256 of the file, 64 lower-case hex digits")
        @NotBlank
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits")
        String sha256) {

  static Receipt of(Claim claim) {
    return claim.receiptFileName == null
        ? null
        : new Receipt(
            claim.receiptFileName,
            claim.receiptContentType,
            claim.receiptSizeBytes,
            claim.receiptSha256);
  }
}
