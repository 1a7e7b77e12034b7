package io.workforce.orchestrator.user;

import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.security.SessionUsers;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A session's person as they are now: gone, disabled or with a raised session epoch ends the
 * session.
 */
@Component
class SessionRefresh implements SessionUsers {

  private final UserStore store;

  SessionRefresh(UserStore store) {
    this.store = store;
  }

  @Override
  public Optional<Caller.User> refresh(Caller.User loggedIn) {
    return store
        .find(loggedIn.id())
        .filter(a -> a.enabled() && a.sessionEpoch() == loggedIn.sessionEpoch())
        .map(a -> a.caller(loggedIn.authenticatedAt(), null));
  }
}
