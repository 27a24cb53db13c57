package org.coproduce.platform.problem;

import java.util.List;

/**
 * A domain rule said no. Services throw one of the subclasses; the platform turns it into
 * problem+json with the status of its kind.
 */
public abstract class ProblemException extends RuntimeException {
  private final transient List<Problem.FieldError> errors;

  protected ProblemException(String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.errors = List.copyOf(errors);
  }

  public abstract int status();

  public abstract String title();

  public List<Problem.FieldError> errors() {
    return errors;
  }

  /** 404: the thing does not exist, or the caller may not know that it does. */
  public static class NotFound extends ProblemException {
    public NotFound(String what) {
      super(what + " was not found", List.of());
    }

    @Override
    public int status() {
      return 404;
    }

    @Override
    public String title() {
      return "Not found";
    }
  }

  /** 403: the caller may see the thing but may not do this to it. */
  public static class Forbidden extends ProblemException {
    public Forbidden(String detail) {
      super(detail, List.of());
    }

    @Override
    public int status() {
      return 403;
    }

    @Override
    public String title() {
      return "Forbidden";
    }
  }

  /** 409: the request clashes with the current state (a duplicate, a finished workflow). */
  public static class Conflict extends ProblemException {
    public Conflict(String detail, String field) {
      super(detail, field == null ? List.of() : List.of(new Problem.FieldError(field, detail)));
    }

    @Override
    public int status() {
      return 409;
    }

    @Override
    public String title() {
      return "Conflict";
    }
  }

  /** 422: well-formed, but a rule of the domain forbids it. */
  public static class RuleBroken extends ProblemException {
    public RuleBroken(String detail, String field) {
      super(detail, field == null ? List.of() : List.of(new Problem.FieldError(field, detail)));
    }

    @Override
    public int status() {
      return 422;
    }

    @Override
    public String title() {
      return "Rule broken";
    }
  }

  /** 400: a value the caller sent cannot be used. */
  public static class InvalidField extends ProblemException {
    public InvalidField(String field, String message) {
      super(field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    @Override
    public int status() {
      return 400;
    }

    @Override
    public String title() {
      return "Invalid request";
    }
  }
}
