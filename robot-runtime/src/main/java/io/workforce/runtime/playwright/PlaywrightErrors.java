package io.workforce.runtime.playwright;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import io.workforce.runtime.BrowserCrashedException;
import io.workforce.runtime.ElementTimeoutException;
import io.workforce.runtime.Messages;
import io.workforce.runtime.PageState;
import io.workforce.runtime.RpaException;
import io.workforce.runtime.SystemException;
import java.time.Duration;
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
    String message = String.valueOf(e.getMessage());
    if (e instanceof TimeoutError) {
      return new ElementTimeoutException(selector, waitingFor, timeout, page.get(), null);
    }
    if (message.contains("strict mode violation")) {
      return new SystemException(
          Messages.get("error.ambiguous", selector, count(message), firstLine(message)));
    }
    if (isClosed(message)) {
      return new BrowserCrashedException(Messages.get("error.closed", firstLine(message)), null);
    }
    return new SystemException(
        firstLine(message) + (selector == null ? "" : " (" + selector + ")"));
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
