package org.coproduce.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place failures become RFC 9457 problem+json. Domain refusals keep their status, invalid
 * input names the field, and nothing reveals a class name or a stack trace.
 */
public class ProblemMappers {
  @ServerExceptionMapper
  public Response domain(ProblemException e) {
    return respond(
        new Problem(
            Problem.type(e.status()), e.title(), e.status(), e.getMessage(), null, e.errors()));
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
    return respond(new Problem(Problem.type(400), "Invalid request", 400, detail, null, errors));
  }

  /** Quarkus maps this subtype itself; naming it here keeps every body error in one shape. */
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e) {
    return unreadable(e);
  }

  @ServerExceptionMapper
  public Response unreadable(JsonProcessingException e) {
    String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
    String detail =
        field.isEmpty()
            ? "The request body is not valid JSON"
            : "The value of " + field + " cannot be read";
    List<Problem.FieldError> errors =
        field.isEmpty()
            ? List.of()
            : List.of(new Problem.FieldError(field, "has the wrong type or format"));
    return respond(new Problem(Problem.type(400), "Invalid request", 400, detail, null, errors));
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return respond(Problem.of(403, "Forbidden", "Your role does not allow this"));
  }

  @ServerExceptionMapper
  public Response stale(OptimisticLockException e) {
    return respond(
        Problem.of(412, "Precondition failed", "Someone else changed this first; reload it"));
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    if (e.getCause() instanceof JsonProcessingException unreadableBody) {
      return unreadable(unreadableBody);
    }
    Response.StatusType status = e.getResponse().getStatusInfo();
    String detail =
        status.getStatusCode() >= 500 ? "The request could not be completed" : e.getMessage();
    return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail));
  }

  static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /**
   * The field as the caller named it: {@code create.project.title} becomes {@code title} and a
   * query parameter {@code list.limit} becomes {@code limit}.
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        // A node inside a list carries the index of the list's element it belongs to.
        if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
          names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
        }
        if (node.getName() != null && !node.getName().startsWith("<")) {
          names.add(node.getName());
        }
      }
    }
    if (names.isEmpty()) {
      return parameter == null ? "" : parameter;
    }
    return String.join(".", names);
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
