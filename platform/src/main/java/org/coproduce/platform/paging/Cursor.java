package org.coproduce.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.coproduce.platform.problem.ProblemException;

/**
 * Where the next page starts: the creation time and id of the last item seen. Opaque to callers, so
 * anything but a cursor this API gave out is refused with 400 naming {@code cursor}.
 */
public record Cursor(Instant createdAt, UUID id) {
  /** Creation times PostgreSQL can compare with; a crafted time outside them would fail there. */
  static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

  public String encode() {
    String raw = createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static Cursor decode(String encoded) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split(":", -1);
      if (parts.length != 3) {
        throw invalid();
      }
      long nanos = Long.parseLong(parts[1]);
      if (nanos < 0 || nanos > 999_999_999) {
        throw invalid();
      }
      Instant createdAt = Instant.ofEpochSecond(Long.parseLong(parts[0]), nanos);
      if (createdAt.isBefore(EARLIEST) || createdAt.isAfter(LATEST)) {
        throw invalid();
      }
      return new Cursor(createdAt, UUID.fromString(parts[2]));
    } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
      throw invalid();
    }
  }

  private static ProblemException.InvalidField invalid() {
    return new ProblemException.InvalidField("cursor", "is not a cursor this API gave out");
  }
}
