package io.workforce.orchestrator.user;

import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Lock-out with back-off, counted where the guesses come from (table {@code login_failure}, shared
 * by every node):
 *
 * <ul>
 *   <li>a name from one client address: after {@code max-failed-logins} failures in a row that name
 *       is refused from that address for {@code lockout}, each further lock-out in a row doubling
 *       it up to {@code max-lockout}; a success from that address resets both counts. Another
 *       address is not affected, so nobody can keep the owner out from elsewhere.
 *   <li>a client address as a whole: after {@code max-failed-logins-per-address} failures within
 *       {@code address-window} (any names) every log-in from it is refused for the same back-off.
 * </ul>
 *
 * Names that do not exist are counted exactly like names that do, so the answers tell nothing about
 * which exist. While locked even the right password is refused, so guessing gains nothing. Rows
 * quiet for a day are forgotten.
 */
@Component
class LoginThrottle {

  /** The row of an address as a whole (a name is never blank). */
  private static final String WHOLE_ADDRESS = "";

  private static final Duration FORGET_AFTER = Duration.ofDays(1);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditLog audit;
  private final WorkforceProperties.Security settings;

  LoginThrottle(JdbcClient jdbc, Clock clock, AuditLog audit, WorkforceProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
    this.settings = properties.security();
  }

  /** Why log-ins of this name from this address are refused now, if they are. */
  record Lock(boolean wholeAddress, Instant until) {}

  /** The lock on this address, or else on this name from this address; empty when neither. */
  Optional<Lock> lockFor(String username, String address) {
    Instant now = clock.instant();
    return lockedUntil(address, WHOLE_ADDRESS, now)
        .map(until -> new Lock(true, until))
        .or(() -> lockedUntil(address, username, now).map(until -> new Lock(false, until)));
  }

  /** Counts a failed log-in of this name from this address; locks and audits at the limits. */
  void failed(String username, String address) {
    Instant now = clock.instant();
    jdbc.sql(
            "DELETE FROM login_failure WHERE last_failure_at < ? "
                + "AND (locked_until IS NULL OR locked_until < ?)")
        .params(Db.ts(now.minus(FORGET_AFTER)), Db.ts(now))
        .update();
    if (count(address, username, Instant.EPOCH, now) >= settings.maxFailedLogins()) {
      lock(address, username, settings.maxFailedLogins(), now)
          .ifPresent(
              until ->
                  audit.recordClaimed(
                      username,
                      "auth.lockout",
                      AuditLog.Outcome.DENIED,
                      "name locked from this address until "
                          + until
                          + " after "
                          + settings.maxFailedLogins()
                          + " failed log-ins in a row"));
    }
    Instant windowOpen = now.minus(settings.addressWindow());
    if (count(address, WHOLE_ADDRESS, windowOpen, now) >= settings.maxFailedLoginsPerAddress()) {
      lock(address, WHOLE_ADDRESS, settings.maxFailedLoginsPerAddress(), now)
          .ifPresent(
              until ->
                  audit.recordAnonymous(
                      "auth.lockout",
                      "address:" + address,
                      AuditLog.Outcome.DENIED,
                      "address locked until "
                          + until
                          + " after "
                          + settings.maxFailedLoginsPerAddress()
                          + " failed log-ins within "
                          + settings.addressWindow()));
    }
  }

  /** A log-in of this name from this address succeeded: its counts start again. */
  void succeeded(Account a, String address) {
    jdbc.sql("DELETE FROM login_failure WHERE address = ? AND username = ?")
        .params(address, a.username())
        .update();
    jdbc.sql("UPDATE app_user SET last_login_at = ? WHERE id = ?")
        .params(Db.ts(clock.instant()), a.id())
        .update();
  }

  /** An administrator lifts every lock and count of this name, from every address. */
  void release(String username) {
    jdbc.sql("DELETE FROM login_failure WHERE username = ?").param(username).update();
  }

  /** Until when this name is locked from some address, if it is. */
  Optional<Instant> lockedUntil(String username) {
    return jdbc.sql(
            "SELECT MAX(locked_until) AS until_at FROM login_failure "
                + "WHERE username = ? AND locked_until > ?")
        .params(username, Db.ts(clock.instant()))
        .query((rs, n) -> Optional.ofNullable(Db.instant(rs, "until_at")))
        .single();
  }

  /**
   * The client's address as this orchestrator sees it: the connection's peer, or the forwarded
   * client when {@code server.forward-headers-strategy} trusts the proxy in front.
   */
  static String addressOf(HttpServletRequest request) {
    String a = request == null ? null : request.getRemoteAddr();
    return a == null ? "unknown" : a.length() <= 64 ? a : a.substring(0, 64);
  }

  /** The address of the client of the request being served. */
  static String currentAddress() {
    return addressOf(
        RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
            ? a.getRequest()
            : null);
  }

  /** The length of the n-th lock-out in a row (n ≥ 1). */
  Duration lockout(int n) {
    Duration d = settings.lockout().multipliedBy(1L << Math.min(n - 1, 20));
    return d.compareTo(settings.maxLockout()) > 0 ? settings.maxLockout() : d;
  }

  /** Seconds until a lock ends (at least 1). */
  long secondsLeft(Instant until) {
    long millis = Duration.between(clock.instant(), until).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  private Optional<Instant> lockedUntil(String address, String username, Instant now) {
    return jdbc.sql(
            "SELECT locked_until FROM login_failure "
                + "WHERE address = ? AND username = ? AND locked_until > ?")
        .params(address, username, Db.ts(now))
        .query((rs, n) -> Db.instant(rs, "locked_until"))
        .optional();
  }

  /**
   * Adds a failure to a row (made on first use; a race with another node's insert retries the
   * update), restarting the count when its window opened before {@code windowOpen}; answers the
   * count.
   */
  private int count(String address, String username, Instant windowOpen, Instant now) {
    if (bump(address, username, windowOpen, now) == 0) {
      try {
        jdbc.sql(
                "INSERT INTO login_failure (address, username, failures, window_start, last_failure_at) "
                    + "VALUES (?, ?, 1, ?, ?)")
            .params(address, username, Db.ts(now), Db.ts(now))
            .update();
      } catch (DuplicateKeyException raced) {
        bump(address, username, windowOpen, now);
      }
    }
    return jdbc.sql("SELECT failures FROM login_failure WHERE address = ? AND username = ?")
        .params(address, username)
        .query(Integer.class)
        .single();
  }

  private int bump(String address, String username, Instant windowOpen, Instant now) {
    return jdbc.sql(
            "UPDATE login_failure SET "
                + "failures = CASE WHEN window_start < ? THEN 1 ELSE failures + 1 END, "
                + "window_start = CASE WHEN window_start < ? THEN ? ELSE window_start END, "
                + "last_failure_at = ? WHERE address = ? AND username = ?")
        .params(Db.ts(windowOpen), Db.ts(windowOpen), Db.ts(now), Db.ts(now), address, username)
        .update();
  }

  /**
   * Locks a row that reached the limit; only one of several nodes counting at once does, so the
   * back-off doubles once. Answers the lock's end when this call locked it.
   */
  private Optional<Instant> lock(String address, String username, int limit, Instant now) {
    int lockouts =
        jdbc.sql("SELECT lockouts FROM login_failure WHERE address = ? AND username = ?")
            .params(address, username)
            .query(Integer.class)
            .single();
    Instant until = now.plus(lockout(lockouts + 1));
    int locked =
        jdbc.sql(
                "UPDATE login_failure SET failures = 0, lockouts = lockouts + 1, locked_until = ?, "
                    + "window_start = ? WHERE address = ? AND username = ? AND failures >= ?")
            .params(Db.ts(until), Db.ts(now), address, username, limit)
            .update();
    return locked == 1 ? Optional.of(until) : Optional.empty();
  }
}
