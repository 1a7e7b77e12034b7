package io.workforce.runtime.fake;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The "server" of the in-memory browser: pages by path, a log-in that later pages check, and faults
 * to inject (an error page, everyone logged out). Engine unit tests use it instead of Chromium and
 * a fixture server, so each interpreter construct is tested in milliseconds.
 *
 * <p>Pages are HTML. In them, besides {@code <a href>}, a clicked element with {@code data-go="/p"}
 * opens {@code /p}, and one with {@code data-login="/p"} logs the session in (when the field {@code
 * #password} holds {@link #PASSWORD}) and opens {@code /p}. Guarded pages show the log-in page to a
 * session that is not logged in, as a real system redirects there.
 */
public final class FakeWeb {

  /** Where every fake page lives. */
  public static final String BASE = "http://fake.test";

  /** The one password the log-in page accepts. */
  public static final String PASSWORD = "s3cret-canary";

  private final Map<String, Function<Map<String, String>, String>> pages = new HashMap<>();
  private final Map<String, Boolean> guarded = new HashMap<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final AtomicInteger logins = new AtomicInteger();

  /** Sessions logged in before this generation count as logged out. */
  private volatile int generation = 1;

  /** A web with a {@code /login} page whose button logs in and opens {@code /home}. */
  public static FakeWeb withLogin() {
    return new FakeWeb()
        .page(
            "/login",
            "<html><head><title>登录</title></head><body><input id='user'>"
                + "<input id='password' type='password'>"
                + "<button id='go' data-login='/home'>登录</button></body></html>")
        .guarded("/home", "<html><body><p id='welcome'>欢迎</p></body></html>");
  }

  /** A page anyone may see. */
  public FakeWeb page(String path, String html) {
    return page(path, query -> html);
  }

  /** A page made from the address's query parameters. */
  public FakeWeb page(String path, Function<Map<String, String>, String> html) {
    pages.put(path, html);
    guarded.put(path, false);
    return this;
  }

  /** A page only a logged-in session sees; others get the log-in page. */
  public FakeWeb guarded(String path, String html) {
    return guarded(path, query -> html);
  }

  /** A page only a logged-in session sees, made from the address's query parameters. */
  public FakeWeb guarded(String path, Function<Map<String, String>, String> html) {
    page(path, html);
    guarded.put(path, true);
    return this;
  }

  /** The next {@code times} visits of {@code path} get a server error page. */
  public FakeWeb failing(String path, int times) {
    failures.put(path, new AtomicInteger(times));
    return this;
  }

  /** Ends every session's log-in, as a system that restarts or expires sessions does. */
  public void logOutEveryone() {
    generation++;
  }

  /** How often {@code path} was opened. */
  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  /** How many log-ins succeeded. */
  public int logins() {
    return logins.get();
  }

  /** A new browser on this web. */
  public FakeBrowser browser() {
    return new FakeBrowser(this);
  }

  int generation() {
    return generation;
  }

  int logIn() {
    logins.incrementAndGet();
    return generation;
  }

  /**
   * What a visit of {@code path} answers: the path shown (the log-in page's, for a guarded page and
   * a session not logged in) and its HTML; null HTML for a server error.
   */
  Answer visit(String path, Map<String, String> query, boolean loggedIn) {
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    AtomicInteger fail = failures.get(path);
    if (fail != null && fail.getAndDecrement() > 0) {
      return new Answer(path, null);
    }
    Function<Map<String, String>, String> page = pages.get(path);
    if (page == null) {
      return new Answer(path, "<html><head><title>404</title></head><body>Not Found</body></html>");
    }
    if (guarded.get(path) && !loggedIn && pages.containsKey("/login")) {
      return new Answer("/login", pages.get("/login").apply(Map.of()));
    }
    return new Answer(path, page.apply(query));
  }

  /** A visit's answer. */
  record Answer(String path, String html) {}
}
