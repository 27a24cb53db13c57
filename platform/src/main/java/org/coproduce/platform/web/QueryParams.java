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
