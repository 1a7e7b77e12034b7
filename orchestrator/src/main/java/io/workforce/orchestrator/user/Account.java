package io.workforce.orchestrator.user;

import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.security.Role;
import java.time.Instant;
import java.util.Set;

/** A row of {@code app_user}, password hash included: never leaves this package. */
record Account(
    long id,
    String username,
    String displayName,
    String passwordHash,
    Set<Role> roles,
    String language,
    boolean enabled,
    boolean passwordChangeRequired,
    int sessionEpoch,
    Instant lastLoginAt,
    Instant createdAt) {

  /**
   * The caller this account is, logged in at {@code at} (a session) or calling with token {@code
   * tokenId}.
   */
  Caller.User caller(Instant at, Long tokenId) {
    return new Caller.User(id, username, displayName, roles, language, at, tokenId, sessionEpoch);
  }

  @Override
  public String toString() {
    return "Account[" + username + ", roles=" + roles + ", enabled=" + enabled + "]";
  }
}
