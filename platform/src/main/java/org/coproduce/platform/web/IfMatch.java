package org.coproduce.platform.web;

import jakarta.persistence.OptimisticLockException;

/**
 * Reads the version an {@code If-Match} header names (the ETag {@link Versioned} gave out), so a
 * service can refuse a write to a version that is no longer current with 412.
 */
public final class IfMatch {

  /**
   * The version named, or null when the header is absent or {@code *} (no precondition). A value
   * that names no version matches none, so it is refused as stale.
   */
  public static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    try {
      return Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
    } catch (NumberFormatException e) {
      throw new OptimisticLockException("If-Match names no version");
    }
  }

  /** Refuses with 412 when a version was expected and the current one is another. */
  public static void check(Long expected, long current, String what) {
    if (expected != null && expected != current) {
      throw new OptimisticLockException(what + " is at another version");
    }
  }

  private IfMatch() {}
}
