package io.workforce.orchestrator.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The root of every error the orchestrator reports on purpose. It becomes an RFC 9457 problem
 * detail: the status, a type slug ({@code https://workforce.io/problems/<slug>}), the message in
 * the caller's language, the individual errors (each with its field or place and a hint), and for
 * duplicates the existing id. Messages never carry a secret.
 */
public abstract class WorkforceException extends RuntimeException {

  private final HttpStatus status;
  private final String slug;
  private final Text text;
  private final transient List<FieldProblem> errors;

  protected WorkforceException(
      HttpStatus status, String slug, Text text, List<FieldProblem> errors) {
    super(text.en());
    this.status = status;
    this.slug = slug;
    this.text = text;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public HttpStatus status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public Text text() {
    return text;
  }

  public List<FieldProblem> errors() {
    return errors;
  }

  /** The id of an existing record this request collided with, or null. */
  public Long existingId() {
    return null;
  }

  /** Seconds after which the request may be tried again (a {@code Retry-After} header), or null. */
  public Long retryAfterSeconds() {
    return null;
  }

  /**
   * One problem of a request.
   *
   * @param field the field, {@code file:line:col}, or {@code row N} it concerns
   * @param message what is wrong
   * @param hint how to fix it, or null
   */
  public record FieldProblem(String field, String message, String hint) {}
}
