package org.coproduce.platform.web;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduce.platform.problem.ProblemException;

/**
 * Reads query parameters so a wrong value is a 400 naming the parameter (JAX-RS would answer 404
 * for a query parameter it cannot convert).
 */
public final class QueryParams {

  /** The enum constant named by the value (any case), null when absent. */
  public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw new ProblemException.InvalidField(field, "must be one of " + allowed);
    }
  }

  /**
   * The boolean a parameter holds (any case), null when absent. JAX-RS alone reads anything but
   * "true" as false, so {@code unread=yes} would quietly mean the opposite.
   */
  public static Boolean bool(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new ProblemException.InvalidField(field, "must be true or false");
    };
  }

  /** The UUID a parameter holds, null when absent. */
  public static UUID uuid(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw new ProblemException.InvalidField(field, "must be a UUID");
    }
  }

  /** The UUID a parameter must hold. */
  public static UUID requiredUuid(String field, String value) {
    UUID uuid = uuid(field, value);
    if (uuid == null) {
      throw new ProblemException.InvalidField(field, "is required");
    }
    return uuid;
  }

  private QueryParams() {}
}
