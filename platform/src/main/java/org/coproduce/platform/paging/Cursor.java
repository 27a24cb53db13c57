package org.coproduce.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.coproduce.platform.problem.ProblemException;

/**
 * Where the next page starts: the creation time and id of the last item seen. Opaque to callers.
 */
public record Cursor(Instant createdAt, UUID id) {

  public String encode() {
    String raw = createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static Cursor decode(String encoded) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split(":");
      return new Cursor(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
          UUID.fromString(parts[2]));
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      throw new ProblemException.InvalidField("cursor", "is not a cursor this API gave out");
    }
  }
}
