package io.workforce.orchestrator.security;

import java.util.Optional;

/** Finds the person a personal API token belongs to (implemented by the users feature). */
public interface PersonalTokenVerifier {

  /**
   * The token's owner, if the token exists, is not revoked, has not expired and its owner is
   * enabled.
   */
  Optional<Caller.User> verify(String token);
}
