package io.workforce.runtime.playwright;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.PlaywrightException;
import io.workforce.runtime.BrowserCrashedException;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.ChromiumProcesses;
import io.workforce.runtime.DriverOptions;
import java.util.List;

/**
 * The default driver: Playwright for Java on the system Chromium. Each worker thread has its own
 * Playwright and browser; each session is a browser context of it (see {@link BrowserHub} for why).
 */
public final class PlaywrightDriver implements BrowserDriver {

  private final DriverOptions options;
  private final BrowserHub hub;

  public PlaywrightDriver(DriverOptions options) {
    this.options = options;
    this.hub = new BrowserHub(options);
  }

  @Override
  public Kind kind() {
    return Kind.PLAYWRIGHT;
  }

  @Override
  public BrowserSession newSession() {
    try {
      return open(hub.browser(false));
    } catch (PlaywrightException first) {
      // the browser may have died without this thread's Playwright having noticed yet: launch a new
      // one
      try {
        return open(hub.browser(true));
      } catch (PlaywrightException e) {
        throw new BrowserCrashedException(
            "cannot open a browser context: " + e.getMessage().lines().findFirst().orElse(""), e);
      }
    }
  }

  private BrowserSession open(Browser browser) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(DriverOptions.WIDTH, DriverOptions.HEIGHT)
                .setAcceptDownloads(true)
                .setLocale("zh-CN"));
    context.setDefaultTimeout(options.timeout().toMillis());
    context.setDefaultNavigationTimeout(options.navigationTimeout().toMillis());
    return new PlaywrightSession(context, options);
  }

  @Override
  public void releaseThread() {
    hub.release();
  }

  @Override
  public List<Long> browserPids() {
    return ChromiumProcesses.browsers(BrowserHub.MARKER);
  }

  @Override
  public void close() {
    hub.close();
  }
}
