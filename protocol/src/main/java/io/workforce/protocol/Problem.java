package io.workforce.protocol;

import java.util.List;

/**
 * An RFC 9457 problem detail as the orchestrator sends it for every error.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary
 * @param status the HTTP status
 * @param detail what went wrong and what to do
 * @param instance the request path
 * @param errors the individual problems (e.g. every flow validation problem), each with its place
 * @param existingId for a refused duplicate: the existing record's id
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<ProblemError> errors,
    Long existingId) {

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * One problem in a list.
   *
   * @param field the field, file:line:col or row it concerns
   * @param message what is wrong
   * @param hint how to fix it, or null
   */
  public record ProblemError(String field, String message, String hint) {}
}
