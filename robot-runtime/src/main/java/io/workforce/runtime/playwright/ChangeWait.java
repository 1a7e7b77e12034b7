package io.workforce.runtime.playwright;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;
import io.workforce.runtime.Scripts;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits until a condition checked by Playwright's own selector engine holds, checking it again as
 * soon as the document waited in changes (a DOM mutation, or a new document replacing it) and at
 * least every 100 ms. Playwright's {@code waitFor} checks at 0, 20, 70, 170, 270 ms and then every
 * 500 ms whatever happens in between, so a frame's record that arrives 100 ms after a click was
 * seen ~70 ms late, and any later change up to 500 ms late. The condition and its engine are the
 * same; only when it is looked at changes. A new document in the frame ends the script with an
 * error: that is a change too.
 */
final class ChangeWait {

  /** {@link Scripts#CHANGE} on the document of the element it runs on. */
  private static final String CHANGE =
      "(root, [floor, cap]) => (" + Scripts.CHANGE + ")(root.ownerDocument || root, floor, cap)";

  /** Longest pause between two checks while nothing changes, for the first second; then 500 ms. */
  private static final long CAP_MS = 100;

  /** Shortest time between two checks when the page changes all the time. */
  private static final long FLOOR_MS = 15;

  private ChangeWait() {}

  /**
   * Checks {@code holds} until it is true or {@code timeout} has passed, watching {@code root} (the
   * root element of the document waited in) for changes in between.
   *
   * @return whether the condition held before the timeout; on false the caller lets Playwright's
   *     own wait have the last word, so that a timeout fails exactly as before
   */
  static boolean until(BooleanSupplier holds, Locator root, Duration timeout) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    boolean changedLast = false;
    while (true) {
      if (holds.getAsBoolean()) {
        return true;
      }
      long now = System.nanoTime();
      long left = (deadline - now) / 1_000_000;
      if (left <= 0) {
        return false;
      }
      long cap = Math.min(left, (now - start) < 1_000_000_000L ? CAP_MS : 500);
      long floor = changedLast ? FLOOR_MS : 0;
      try {
        changedLast =
            Boolean.TRUE.equals(
                root.evaluate(
                    CHANGE,
                    java.util.List.of((int) floor, (int) cap), // Playwright passes int, not long
                    new Locator.EvaluateOptions().setTimeout(Math.max(1, left))));
      } catch (PlaywrightException e) {
        // the document was replaced (a navigation), or is not there yet: look again
        changedLast = false;
      }
    }
  }
}
