package io.workforce.orchestrator.security;

import java.util.Optional;

/**
 * Re-reads a logged-in person on each request (implemented by the users feature), so that a
 * disabled user, a changed password or changed roles take effect at once, on every node, without
 * waiting for the session to end.
 */
public interface SessionUsers {

  /** The person as they are now, or empty when their session must end. */
  Optional<Caller.User> refresh(Caller.User loggedIn);
}
