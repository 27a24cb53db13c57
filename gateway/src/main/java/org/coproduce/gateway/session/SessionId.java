package org.coproduce.gateway.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The random 256-bit id a browser's {@code q_session} cookie holds. The store keeps only its
 * SHA-256, so a copy of the table cannot be turned back into working cookies.
 */
public record SessionId(String value) {
  private static final SecureRandom RANDOM = new SecureRandom();

  public static SessionId random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new SessionId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public byte[] hash() {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Never the id itself: it is a credential. */
  @Override
  public String toString() {
    return "SessionId[redacted]";
  }
}
