package org.coproduce.project.project;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.coproduce.platform.problem.ProblemException;

/** Where a QI project is in its life, in the Model for Improvement's order. */
public enum ProjectStatus {
  IDEA,
  PLANNING,
  TESTING,
  IMPLEMENTING,
  SUSTAINING,
  CLOSED;

  /** Reads a status given as a query parameter, naming the field when it is not one. */
  public static ProjectStatus fromQuery(String field, String value) {
    try {
      return valueOf(value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
      throw new ProblemException.InvalidField(field, "must be one of " + allowed);
    }
  }
}
