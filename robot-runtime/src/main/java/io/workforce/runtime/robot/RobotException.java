package io.workforce.runtime.robot;

/**
 * The robot cannot run (not enrolled, enrolment refused, bad state directory); the message says
 * what to do.
 */
public final class RobotException extends RuntimeException {

  public RobotException(String message) {
    super(message);
  }

  public RobotException(String message, Throwable cause) {
    super(message, cause);
  }
}
