package io.workforce.protocol.client;

import io.workforce.protocol.Problem;

/**
 * The orchestrator refused a request. {@link #problem()} is its RFC 9457 answer (detail, the
 * individual errors, an existing id for duplicates); {@link #status()} the HTTP status.
 */
public class OrchestratorException extends RuntimeException {

  private final int status;
  private final transient Problem problem;

  public OrchestratorException(int status, Problem problem, String message) {
    super(message);
    this.status = status;
    this.problem = problem;
  }

  protected OrchestratorException(int status, Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.problem = problem;
  }

  /** HTTP status, or 0 when there was no answer. */
  public int status() {
    return status;
  }

  /** The problem detail the orchestrator sent, or null. */
  public Problem problem() {
    return problem;
  }
}
