package org.coproduce.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem details body; {@code errors} names each field that is wrong. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String message) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem(type(status), title, status, detail, null, List.of());
  }

  public static URI type(int status) {
    return URI.create("https://coproduce.nhs.example/problems/" + status);
  }
}
