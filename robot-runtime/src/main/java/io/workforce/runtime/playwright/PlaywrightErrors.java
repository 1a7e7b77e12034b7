package io.workforce.runtime.playwright;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import io.workforce.runtime.BrowserCrashedException;
import io.workforce.runtime.ElementTimeoutException;
import io.workforce.runtime.Matches;
import io.workforce.runtime.Messages;
import io.workforce.runtime.PageState;
import io.workforce.runtime.RpaException;
import io.workforce.runtime.SelectorException;
import io.workforce.runtime.SystemException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** Translates Playwright's exceptions into ours, with the selector and what the page showed. */
final class PlaywrightErrors {

  private PlaywrightErrors() {}

  static RpaException translate(
      PlaywrightException e,
      String selector,
      String waitingFor,
      Duration timeout,
      Supplier<PageState> page) {
    return translate(e, selector, waitingFor, timeout, page, () -> null, () -> null);
  }

  /**
   * @param why what is known about the selector on the page, for a timeout (may give null)
   * @param matches the matches as {@link io.workforce.runtime.Scripts#DESCRIBE} rows, for an
   *     ambiguity (may give null)
   */
  static RpaException translate(
      PlaywrightException e,
      String selector,
      String waitingFor,
      Duration timeout,
      Supplier<PageState> page,
      Supplier<String> why,
      Supplier<List<?>> matches) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof TimeoutError) {
      return new ElementTimeoutException(
          selector, waitingFor, timeout, page.get(), quietly(why), null);
    }
    if (message.contains("strict mode violation")) {
      List<?> rows = quietly(matches);
      return rows != null && rows.size() > 1
          ? Matches.ambiguous(selector, rows)
          : new SystemException(
              Messages.get("error.ambiguous", selector, count(message), firstLine(message)));
    }
    if (selector != null && isSelectorSyntax(message)) {
      return new SelectorException(selector, firstLine(message));
    }
    if (isClosed(message)) {
      return new BrowserCrashedException(Messages.get("error.closed", firstLine(message)), null);
    }
    return new SystemException(
        firstLine(message) + (selector == null ? "" : " (" + selector + ")"));
  }

  private static boolean isSelectorSyntax(String message) {
    return message.contains("is not a valid selector")
        || message.contains("Unexpected token")
        || message.contains("SyntaxError");
  }

  private static <T> T quietly(Supplier<T> s) {
    try {
      return s.get();
    } catch (RuntimeException gone) {
      return null; // a message must not fail for want of detail
    }
  }

  static boolean isClosed(String message) {
    return message.contains("has been closed")
        || message.contains("Target closed")
        || message.contains("crashed")
        || message.contains("Browser closed")
        || message.contains("Connection closed")
        || message.contains("Playwright connection closed");
  }

  private static String count(String message) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("resolved to (\\d+) elements").matcher(message);
    return m.find() ? m.group(1) : "?";
  }

  /**
   * The useful line of Playwright's message (some start with a bare "Error {" and carry {@code
   * message='…'} further down).
   */
  private static String firstLine(String message) {
    for (String line : message.strip().split("\n")) {
      String l = line.strip();
      if (l.startsWith("message:") || l.startsWith("message=")) {
        return l.substring(8).strip().replaceAll("^'|',?$", "");
      }
    }
    String line = message.strip();
    int nl = line.indexOf('\n');
    String first = nl < 0 ? line : line.substring(0, nl);
    return first.length() > 300 ? first.substring(0, 300) + "…" : first;
  }
}
