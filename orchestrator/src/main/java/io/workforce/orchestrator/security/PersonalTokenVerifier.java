package io.workforce.orchestrator.security;

import java.util.Optional;

/** Finds the person a personal API token belongs to (implemented by the users feature). */
public interface PersonalTokenVerifier {

  /**
   * A valid token's owner.
   *
   * @param user the owner as a caller
   * @param passwordChangeRequired whether the owner must choose a new password first (after an
   *     administrator set it): such a token opens only {@code PUT /api/v1/me/password}
   */
  record Verified(Caller.User user, boolean passwordChangeRequired) {}

  /**
   * The token's owner, if the token exists, is not revoked, has not expired and its owner is
   * enabled.
   */
  Optional<Verified> verify(String token);
}
