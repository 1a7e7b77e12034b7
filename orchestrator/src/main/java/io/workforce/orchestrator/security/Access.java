package io.workforce.orchestrator.security;

/** Who may call an endpoint. Issue 8 adds the people's roles (clerk, supervisor, administrator). */
public enum Access {
  /** Anyone (health, the OpenAPI document, the control center's static files, robot enrolment). */
  PUBLIC,
  /** A robot with its own token: only the robot protocol. */
  ROBOT,
  /** An administrator: the bootstrap admin token, or any local caller when no token is configured. */
  ADMIN
}
