package io.workforce.orchestrator.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The request is malformed or fails validation; every problem found is listed. */
public class InvalidRequestException extends WorkforceException {

  public InvalidRequestException(Text text) {
    super(HttpStatus.BAD_REQUEST, "invalid-request", text, List.of());
  }

  public InvalidRequestException(String slug, Text text, List<FieldProblem> errors) {
    super(HttpStatus.UNPROCESSABLE_CONTENT, slug, text, errors);
  }

  private InvalidRequestException(
      HttpStatus status, String slug, Text text, List<FieldProblem> errors) {
    super(status, slug, text, errors);
  }

  /** A single bad field or parameter (400). */
  public static InvalidRequestException field(String field, String zh, String en) {
    return new InvalidRequestException(
        HttpStatus.BAD_REQUEST,
        "invalid-field",
        Text.of(field + ": " + zh, field + ": " + en),
        List.of(new FieldProblem(field, en, null)));
  }
}
