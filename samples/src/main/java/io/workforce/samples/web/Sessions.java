package io.workforce.samples.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Server-side sessions keyed by a cookie, ended after an idle timeout measured with the injected
 * clock — so that a test can move time on instead of sleeping.
 */
public final class Sessions {

  /**
   * More live sessions than this (each login page visit opens one) and the least recently used go.
   */
  static final int MAX_SESSIONS = 20_000;

  private final String cookieName;
  private final String cookiePath;
  private final Duration idleTimeout;
  private final Clock clock;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final AtomicInteger created = new AtomicInteger();

  /**
   * @param cookieName e.g. {@code JSESSIONID}
   * @param cookiePath the cookie's path, e.g. {@code /qydj}
   * @param idleTimeout a session unused this long is gone
   * @param clock the time source
   */
  public Sessions(String cookieName, String cookiePath, Duration idleTimeout, Clock clock) {
    this.cookieName = cookieName;
    this.cookiePath = cookiePath;
    this.idleTimeout = idleTimeout;
    this.clock = clock;
  }

  /** The live session of the request (touched: its idle time starts again), or empty. */
  public Optional<Session> find(Request request) {
    Optional<String> id = request.cookie(cookieName);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Session s = sessions.get(id.get());
    Instant now = clock.instant();
    if (s == null) {
      return Optional.empty();
    }
    if (expired(s, now)) {
      sessions.remove(s.id());
      return Optional.empty();
    }
    s.touch(now);
    return Optional.of(s);
  }

  /** True when the request carries a session cookie that no longer names a live session. */
  public boolean hadSession(Request request) {
    return request.cookie(cookieName).isPresent();
  }

  /** A new session; send {@link #cookie(Session)} with the response. */
  public Session create() {
    if (created.incrementAndGet() % 256 == 0) {
      Instant now = clock.instant();
      sessions.values().removeIf(s -> expired(s, now));
      if (sessions.size() > MAX_SESSIONS) {
        // a crawler or load test opening the login page again and again: drop the least recently
        // used tenth
        sessions.values().stream()
            .sorted(Comparator.comparing(Session::lastAccess))
            .limit(MAX_SESSIONS / 10)
            .toList()
            .forEach(s -> sessions.remove(s.id()));
      }
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    Session s = new Session(HexFormat.of().withUpperCase().formatHex(bytes), clock.instant());
    sessions.put(s.id(), s);
    return s;
  }

  public void invalidate(Session session) {
    sessions.remove(session.id());
  }

  /** The Set-Cookie value that binds the browser to {@code session}. */
  public String cookie(Session session) {
    return cookieName + "=" + session.id() + "; Path=" + cookiePath + "; HttpOnly";
  }

  /** The Set-Cookie value that removes the session cookie. */
  public String clearCookie() {
    return cookieName + "=; Path=" + cookiePath + "; Max-Age=0; HttpOnly";
  }

  public Duration idleTimeout() {
    return idleTimeout;
  }

  private boolean expired(Session s, Instant now) {
    return Duration.between(s.lastAccess(), now).compareTo(idleTimeout) > 0;
  }
}
