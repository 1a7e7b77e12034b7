package io.workforce.orchestrator.user;

import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Lock-out with back-off: after {@code max-failed-logins} failures in a row an account is locked
 * for {@code lockout}; each further lock-out doubles that, up to {@code max-lockout}. A successful
 * log-in resets both counts; an administrator can unlock at once. While locked, even the right
 * password is refused, so guessing gains nothing.
 */
@Component
class LoginThrottle {

  private final UserStore store;
  private final Clock clock;
  private final WorkforceProperties.Security settings;

  LoginThrottle(UserStore store, Clock clock, WorkforceProperties properties) {
    this.store = store;
    this.clock = clock;
    this.settings = properties.security();
  }

  /** Counts a failure; answers the lock's end when this failure locked the account. */
  Optional<Instant> failed(String username) {
    Optional<Account> a = store.find(username);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    store
        .jdbc
        .sql("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = ?")
        .param(a.get().id())
        .update();
    Account now = store.find(a.get().id()).orElseThrow();
    if (now.failedLogins() < settings.maxFailedLogins()) {
      return Optional.empty();
    }
    Instant until = clock.instant().plus(lockout(now.lockouts() + 1));
    store
        .jdbc
        .sql(
            "UPDATE app_user SET failed_logins = 0, lockouts = lockouts + 1, locked_until = ? WHERE id = ?")
        .params(Db.ts(until), now.id())
        .update();
    return Optional.of(until);
  }

  void succeeded(Account a) {
    store
        .jdbc
        .sql(
            "UPDATE app_user SET failed_logins = 0, lockouts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?")
        .params(Db.ts(clock.instant()), a.id())
        .update();
  }

  /** The length of the n-th lock-out in a row (n ≥ 1). */
  Duration lockout(int n) {
    Duration d = settings.lockout().multipliedBy(1L << Math.min(n - 1, 20));
    return d.compareTo(settings.maxLockout()) > 0 ? settings.maxLockout() : d;
  }

  /** Seconds until a locked account opens again (at least 1). */
  long secondsLeft(Account a) {
    long millis =
        a.lockedUntil() == null ? 0 : Duration.between(clock.instant(), a.lockedUntil()).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }
}
