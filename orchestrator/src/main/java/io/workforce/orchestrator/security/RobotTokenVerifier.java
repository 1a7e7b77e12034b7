package io.workforce.orchestrator.security;

import java.util.Optional;

/** Finds the robot a bearer token belongs to (implemented by the robots feature). */
public interface RobotTokenVerifier {

  /** The robot holding this token, if it is enrolled and not retired. */
  Optional<Caller.Robot> verify(String token);
}
