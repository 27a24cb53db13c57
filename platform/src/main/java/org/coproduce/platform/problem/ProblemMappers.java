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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduce.platform.web.RequestId;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place failures become RFC 9457 problem+json. Domain refusals keep their status, invalid
 * input names the field, and nothing reveals a class name or a stack trace.
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

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
    String message =
        e instanceof StrictJson.NulInTextException
            ? StrictJson.MESSAGE
            : "has the wrong type or format";
    List<Problem.FieldError> errors =
        field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
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

  /**
   * Whatever no other mapper knows is a fault of ours: 500 problem+json with the request id to
   * quote, and the stack trace in the log only (a message may name a table, a class or a value).
   */
  @ServerExceptionMapper
  public Response unexpected(Throwable e, ContainerRequestContext request) {
    String requestId = RequestId.of(request);
    LOG.errorf(e, "Request failed unexpectedly");
    return respond(
        new Problem(
            Problem.type(500),
            "Internal server error",
            500,
            "The request could not be completed. If it keeps happening, quote request id "
                + requestId,
            "urn:coproduce:request:" + requestId,
            List.of()));
  }

  static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /**
   * The field as the caller named it: {@code create.project.title} becomes {@code title}, a query
   * parameter {@code list.limit} becomes {@code limit}, and an element of a list is named by its
   * index ({@code agenda[0].title}, {@code attendees[1]}).
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.getKind() != ElementKind.PROPERTY
          && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        continue;
      }
      // Bean Validation puts an element's index on the node inside the list, not on the list.
      if (node.isInIterable() && !names.isEmpty()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        int last = names.size() - 1;
        names.set(last, names.get(last) + "[" + position + "]");
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        names.add(node.getName());
      }
    }
    if (names.isEmpty()) {
      return parameter == null ? "" : parameter;
    }
    return String.join(".", names);
  }

  static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
