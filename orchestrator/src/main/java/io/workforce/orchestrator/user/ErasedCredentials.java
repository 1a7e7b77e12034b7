package io.workforce.orchestrator.user;

import java.util.List;

/**
 * Which of a person's own credential values were erased by a password reset and not set again
 * (implemented by the vault), so that {@code GET /api/v1/me} tells them at their next log-in.
 */
public interface ErasedCredentials {

  /** The credentials whose value this person must set again, by name; empty when none. */
  List<String> erasedFor(String username);
}
