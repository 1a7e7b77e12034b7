package io.workforce.runtime.selenium;

import io.workforce.runtime.BrowserCrashedException;
import io.workforce.runtime.ElementTimeoutException;
import io.workforce.runtime.Matches;
import io.workforce.runtime.Messages;
import io.workforce.runtime.PageState;
import io.workforce.runtime.RpaException;
import io.workforce.runtime.Scripts;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SelectorException;
import io.workforce.runtime.SystemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.InvalidElementStateException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Finds elements with the shared {@code find.js} (one round trip per look) and waits for them the
 * way Playwright does: look, check, act; on a stale, covered or not-yet-interactable element look
 * again, until the timeout. Polling starts fast and backs off, so a ready page costs one look.
 */
final class Finder {

  /** One match: the element and whether it is visible and enabled right now. */
  record Match(WebElement element, boolean visible, boolean enabled) {}

  private static final String FIND = "return (" + Scripts.FIND + ").apply(null, arguments);";
  private static final String DESCRIBE = "return (" + Scripts.DESCRIBE + ")(arguments[0]);";
  private static final String LABEL_TEXTS = "return (" + Scripts.LABEL_TEXTS + ")();";
  private static final long[] POLL_MILLIS = {0, 20, 50, 100, 100, 250};
  private static final String CHANGE =
      "const done = arguments[arguments.length - 1]; ("
          + Scripts.CHANGE
          + ")(document, arguments[0], arguments[1]).then(done);";

  private final JavascriptExecutor js;
  private final Runnable onDialog;
  private final Supplier<PageState> page;
  private final Supplier<List<String>> closedRoots;

  Finder(
      JavascriptExecutor js,
      Runnable onDialog,
      Supplier<PageState> page,
      Supplier<List<String>> closedRoots) {
    this.js = js;
    this.onDialog = onDialog;
    this.page = page;
    this.closedRoots = closedRoots;
  }

  /** Every match now, in document order. */
  @SuppressWarnings("unchecked")
  List<Match> find(Selector selector) {
    String query = null;
    String role = null;
    boolean exact = false;
    switch (selector.kind()) {
      case CSS -> query = ((Selector.Css) selector).css();
      case XPATH -> query = ((Selector.XPath) selector).xpath();
      case TEXT -> {
        query = ((Selector.Text) selector).text();
        exact = ((Selector.Text) selector).exact();
      }
      case LABEL -> {
        query = ((Selector.Label) selector).text();
        exact = ((Selector.Label) selector).exact();
      }
      case ROLE -> {
        Selector.Role r = (Selector.Role) selector;
        query = r.name();
        role = r.role();
        exact = r.exact();
      }
    }
    Object raw;
    try {
      raw =
          js.executeScript(
              FIND, selector.kind().name(), query, exact, role, selector.visibleOnly());
    } catch (WebDriverException e) {
      String first = String.valueOf(e.getRawMessage()).lines().findFirst().orElse("");
      if (first.contains("SyntaxError") || first.contains("is not a valid")) {
        // chromedriver words it as "invalid element state" or a JavaScript error
        throw new SelectorException(
            selector.source(),
            first.replaceFirst("^(invalid element state|javascript error): ", ""));
      }
      if (e instanceof JavascriptException) {
        throw new SystemException(first + " (" + selector.source() + ")");
      }
      throw e;
    }
    List<Match> out = new ArrayList<>();
    for (Object row : (List<Object>) raw) {
      List<Object> r = (List<Object>) row;
      out.add(
          new Match(
              (WebElement) r.get(0), Boolean.TRUE.equals(r.get(1)), Boolean.TRUE.equals(r.get(2))));
    }
    return out;
  }

  /** The single actionable match, acted on; retried until {@code timeout}. */
  <T> T actionable(Selector selector, Duration timeout, Function<WebElement, T> action) {
    return until(
        selector,
        Messages.get("state.actionable"),
        timeout,
        matches -> {
          Match m = single(selector, matches);
          return m != null && m.visible() && m.enabled() ? action.apply(m.element()) : null;
        });
  }

  /** The single match (visible or not), acted on; retried until {@code timeout}. */
  <T> T attached(Selector selector, Duration timeout, Function<WebElement, T> action) {
    return until(
        selector,
        Messages.get("state.attached"),
        timeout,
        matches -> {
          Match m = single(selector, matches);
          return m == null ? null : action.apply(m.element());
        });
  }

  /** Looks until {@code attempt} returns non-null or the time is up. */
  <T> T until(
      Selector selector, String waitingFor, Duration timeout, Function<List<Match>, T> attempt) {
    return until(selector, waitingFor, timeout, attempt, false);
  }

  /**
   * Looks until {@code attempt} returns non-null or the time is up; with {@code onChange}, looks
   * again as soon as the document changes (and at least every 100 ms for the first second, then
   * every 500 ms) instead of after the back-off's pauses, so a wait ends right after what it waits
   * for arrives.
   */
  <T> T until(
      Selector selector,
      String waitingFor,
      Duration timeout,
      Function<List<Match>, T> attempt,
      boolean onChange) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    List<Match> last = List.of();
    boolean changed = false;
    for (int i = 0; ; i++) {
      try {
        last = find(selector);
        T result = attempt.apply(last);
        if (result != null) {
          return result;
        }
      } catch (StaleElementReferenceException | InvalidElementStateException e) {
        // the page moved under us: look again
      } catch (UnhandledAlertException e) {
        onDialog.run();
      } catch (NoSuchSessionException e) {
        throw crashed(e);
      } catch (WebDriverException e) {
        if (isGone(e)) {
          throw crashed(e);
        }
        if (!(e instanceof JavascriptException) || System.nanoTime() > deadline) {
          throw e;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new ElementTimeoutException(
            selector.source(), waitingFor, timeout, page.get(), why(selector, last), null);
      }
      if (onChange) {
        changed = awaitChange(changed, start, deadline);
      } else {
        sleep(POLL_MILLIS[Math.min(i, POLL_MILLIS.length - 1)]);
      }
    }
  }

  /**
   * Until the document changes or a short while has passed ({@link Scripts#CHANGE}); true on a
   * change. A new document ends the script with an error, which is a change too.
   */
  private boolean awaitChange(boolean changedLast, long start, long deadline) {
    long now = System.nanoTime();
    long left = Math.max(1, (deadline - now) / 1_000_000);
    long cap = Math.min(left, now - start < 1_000_000_000L ? 100 : 500);
    try {
      return Boolean.TRUE.equals(js.executeAsyncScript(CHANGE, changedLast ? 15 : 0, cap));
    } catch (UnhandledAlertException e) {
      onDialog.run();
      return false;
    } catch (WebDriverException e) {
      if (isGone(e)) {
        throw crashed(e);
      }
      return false; // the document went away meanwhile: look again
    }
  }

  private Match single(Selector selector, List<Match> matches) {
    if (matches.size() > 1) {
      throw Matches.ambiguous(selector.source(), describe(matches));
    }
    return matches.isEmpty() ? null : matches.get(0);
  }

  /** The matches as {@link Scripts#DESCRIBE} rows (empty when the page moved meanwhile). */
  private List<?> describe(List<Match> matches) {
    try {
      return (List<?>) js.executeScript(DESCRIBE, matches.stream().map(Match::element).toList());
    } catch (WebDriverException e) {
      return List.of();
    }
  }

  @SuppressWarnings("unchecked")
  private String why(Selector selector, List<Match> last) {
    return Matches.why(
        selector, describe(last), () -> (List<String>) js.executeScript(LABEL_TEXTS), closedRoots);
  }

  static boolean isGone(WebDriverException e) {
    String m = String.valueOf(e.getMessage());
    return e instanceof NoSuchSessionException
        || m.contains("chrome not reachable")
        || m.contains("disconnected")
        || m.contains("invalid session id")
        || m.contains("session deleted")
        || m.contains("target window already closed")
        || m.contains("Connection refused")
        || m.contains("no such window");
  }

  static RpaException crashed(WebDriverException e) {
    return new BrowserCrashedException(
        Messages.get("error.closed", String.valueOf(e.getMessage()).lines().findFirst().orElse("")),
        null);
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SystemException("interrupted while waiting");
    }
  }
}
