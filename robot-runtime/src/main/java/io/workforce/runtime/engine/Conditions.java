package io.workforce.runtime.engine;

import io.workforce.flows.step.WaitFor;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.ElementTimeoutException;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Selector;
import io.workforce.runtime.WaitState;
import java.time.Duration;
import java.util.regex.Pattern;

/** The page conditions of {@code wait_for} and of a system's {@code logged_out} rule. */
final class Conditions {

  private Conditions() {}

  /** Waits until the condition holds. */
  static void await(
      WaitFor.Condition condition, BrowserSession page, ItemContext ctx, Duration timeout) {
    if (condition instanceof WaitFor.Visible v) {
      page.waitFor(ctx.selector(v.selector()), WaitState.VISIBLE, timeout);
    } else if (condition instanceof WaitFor.Gone g) {
      page.waitFor(ctx.selector(g.selector()), WaitState.HIDDEN, timeout);
    } else if (condition instanceof WaitFor.TextShown t) {
      page.waitFor(text(ctx.text(t.text())), WaitState.VISIBLE, timeout);
    } else if (condition instanceof WaitFor.UrlMatches u) {
      awaitUrl(ctx.text(u.url()), page, timeout);
    }
  }

  /** Whether the condition holds now (no waiting). */
  static boolean holds(WaitFor.Condition condition, BrowserSession page, ItemContext ctx) {
    if (condition instanceof WaitFor.Visible v) {
      return page.isVisible(ctx.selector(v.selector()));
    } else if (condition instanceof WaitFor.Gone g) {
      return !page.isVisible(ctx.selector(g.selector()));
    } else if (condition instanceof WaitFor.TextShown t) {
      return page.isVisible(text(ctx.text(t.text())));
    } else if (condition instanceof WaitFor.UrlMatches u) {
      return urlMatches(page.url(), ctx.text(u.url()));
    }
    return false;
  }

  /** The address contains {@code pattern}, or matches it as a glob when it has {@code *}. */
  static boolean urlMatches(String url, String pattern) {
    if (!pattern.contains("*")) {
      return url.contains(pattern);
    }
    String regex =
        java.util.Arrays.stream(pattern.split("\\*", -1))
            .map(Pattern::quote)
            .collect(java.util.stream.Collectors.joining(".*"));
    return Pattern.compile(regex).matcher(url).matches();
  }

  private static void awaitUrl(String pattern, BrowserSession page, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long pause = 20;
    while (!urlMatches(page.url(), pattern)) {
      if (System.nanoTime() > deadline) {
        throw new ElementTimeoutException(
            "url=" + pattern, Messages.get("state.url"), timeout, page.state(), null);
      }
      sleep(pause);
      pause = Math.min(pause * 2, 250);
    }
  }

  private static Selector text(String text) {
    return new Selector.Text("text=" + text, text, false, false);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StopRequested();
    }
  }
}
