package io.workforce.runtime.playwright;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;

/**
 * Goes to a URL. A navigation the page started itself (a form posted, a script redirected, Chromium
 * committing or leaving its own error page after a failed load) may still be running when the flow
 * opens the next URL; Chromium then reports ours as interrupted, sometimes twice in a row. Let the
 * other one finish, then go again (a GET of the URL the flow asked for, so going twice is
 * harmless), a few times with a short backoff (resilience4j).
 */
final class Navigation {

  private static final int ATTEMPTS = 5;
  private static final RetryConfig RETRY =
      RetryConfig.custom()
          .maxAttempts(ATTEMPTS)
          .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(100), 2))
          .retryOnException(Navigation::interrupted)
          .build();

  private Navigation() {}

  /**
   * {@link Page#navigate}, again while another navigation interrupts it; other errors are
   * Playwright's.
   */
  static void go(Page page, String url, Duration timeout) {
    Retry.of("navigate", RETRY)
        .executeRunnable(
            () -> {
              try {
                page.navigate(url);
              } catch (PlaywrightException e) {
                if (interrupted(e)) {
                  letOtherNavigationFinish(page, timeout);
                }
                throw e;
              }
            });
  }

  private static boolean interrupted(Throwable e) {
    return e instanceof PlaywrightException
        && e.getMessage() != null
        && e.getMessage().contains("interrupted by another navigation");
  }

  private static void letOtherNavigationFinish(Page page, Duration timeout) {
    try {
      page.waitForLoadState(
          LoadState.LOAD,
          new Page.WaitForLoadStateOptions().setTimeout(Math.min(2_000, timeout.toMillis())));
    } catch (PlaywrightException ignored) {
      // it did not load in time: going again is what follows anyway
    }
  }
}
