package io.workforce.orchestrator.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A valid personal token whose owner must choose a new password first (an administrator set it):
 * the token opens nothing but the password change, like the control center asks a person with a
 * session to change it before anything else.
 */
final class PasswordChangeRequiredException extends AuthenticationException {

  PasswordChangeRequiredException() {
    super("the token's owner must change their password first");
  }
}
