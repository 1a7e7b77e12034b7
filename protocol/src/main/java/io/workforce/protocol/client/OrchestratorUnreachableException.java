package io.workforce.protocol.client;

import io.workforce.protocol.Problem;

/**
 * No usable answer from the orchestrator (connection refused, timeout, network down, 5xx). Robots
 * keep events and screenshots in their {@link RobotOutbox} and send them later.
 */
public class OrchestratorUnreachableException extends OrchestratorException {

  public OrchestratorUnreachableException(String message, Throwable cause) {
    super(0, null, message, cause);
  }

  /** The server answered but cannot serve now (5xx, 429): worth retrying later. */
  public OrchestratorUnreachableException(int status, Problem problem, String message) {
    super(status, problem, message, null);
  }
}
