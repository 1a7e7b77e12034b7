package io.workforce.runtime.assistant.api;

import io.workforce.protocol.Problem;
import java.util.List;

/**
 * A call to the orchestrator failed. The message is for the clerk (their language, never a secret);
 * the kind says whether the server could not be reached, the log-in was refused, or the request was
 * refused.
 */
public final class ApiException extends RuntimeException {

  /** What went wrong. */
  public enum Kind {
    UNREACHABLE,
    UNAUTHORIZED,
    REFUSED
  }

  private final Kind kind;
  private final int status;
  private final transient List<Problem.ProblemError> errors;

  public ApiException(Kind kind, int status, String message, List<Problem.ProblemError> errors) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, 0 when no answer came. */
  public int status() {
    return status;
  }

  /** The individual problems the server listed (field, message, hint). */
  public List<Problem.ProblemError> errors() {
    return errors;
  }

  /** The message followed by every listed problem, one per line, for a dialog. */
  public String details() {
    StringBuilder b = new StringBuilder(getMessage());
    errors.forEach(
        e ->
            b.append("\n• ")
                .append(e.field() == null ? "" : e.field() + ": ")
                .append(e.message())
                .append(e.hint() == null ? "" : " (" + e.hint() + ")"));
    return b.toString();
  }
}
