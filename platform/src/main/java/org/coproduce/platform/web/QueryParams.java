package org.coproduce.platform.web;

import java.util.Arrays;
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

  private QueryParams() {}
}
