package io.workforce.runtime.playwright;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import io.workforce.runtime.BrowserCrashedException;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Playwright connections of this process: one per worker thread, each with its own Chromium.
 *
 * <p>Why not one browser for all workers: Playwright for Java is single-threaded, so parallel
 * workers need a Playwright instance each; instances that attach to one shared Chromium over CDP
 * each see every other instance's pages, and Playwright answers a dialog nobody listens to by
 * dismissing it — so a confirm() in one worker was dismissed by another, and the race crashed the
 * driver (measured in the benchmark). A browser per worker keeps workers apart; a worker's systems
 * are contexts of its browser. When a browser dies (crash, kill -9), the thread's next session
 * launches a new one.
 */
final class BrowserHub implements AutoCloseable {

  /**
   * Marks our Chromium processes (an unknown switch Chromium ignores) so that they can be found by
   * pid.
   */
  static final String MARKER = "--wf-robot-browser=" + ProcessHandle.current().pid();

  /** A thread's own Playwright and browser. */
  static final class Connection {
    final Playwright playwright;
    Browser browser;

    Connection(Playwright playwright) {
      this.playwright = playwright;
    }
  }

  private final DriverOptions options;
  private final ThreadLocal<Connection> mine = new ThreadLocal<>();
  private final List<Connection> all = new CopyOnWriteArrayList<>();

  BrowserHub(DriverOptions options) {
    this.options = options;
  }

  /** The calling thread's browser, launched on first use or when the last one died. */
  Browser browser(boolean relaunch) {
    Connection c = mine.get();
    if (c == null) {
      c = new Connection(createPlaywright());
      mine.set(c);
      all.add(c);
    }
    if (relaunch || c.browser == null || !c.browser.isConnected()) {
      closeQuietly(c.browser);
      c.browser = c.playwright.chromium().launch(launchOptions());
    }
    return c.browser;
  }

  private BrowserType.LaunchOptions launchOptions() {
    List<String> args = new ArrayList<>(DriverOptions.CHROMIUM_FLAGS);
    args.add(MARKER);
    return new BrowserType.LaunchOptions()
        .setExecutablePath(DriverOptions.CHROMIUM)
        .setHeadless(options.headless())
        .setHandleSIGINT(
            false) // Ctrl-C stops the run after the current step; the browser must live until then
        .setHandleSIGTERM(false)
        .setHandleSIGHUP(false)
        .setArgs(args);
  }

  static Playwright createPlaywright() {
    if (!java.nio.file.Files.isExecutable(DriverOptions.CHROMIUM)) {
      throw new BrowserCrashedException(
          DriverOptions.CHROMIUM
              + " is missing (hint: apt-get install -y chromium,"
              + " or run ./rpa doctor)",
          null);
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    // label= runs the same rules as on Selenium (beside, table cell), which getByLabel does not
    // know
    playwright.selectors().register(Locators.LABEL_ENGINE, Scripts.LABEL_ENGINE);
    return playwright;
  }

  private static void closeQuietly(Browser browser) {
    if (browser != null) {
      try {
        browser.close();
      } catch (RuntimeException ignored) {
        // already gone
      }
    }
  }

  /** Closes the calling thread's Playwright and browser (a worker ends). */
  void release() {
    Connection c = mine.get();
    if (c == null) {
      return;
    }
    mine.remove();
    all.remove(c);
    closeQuietly(c.playwright);
  }

  private static void closeQuietly(Playwright playwright) {
    try {
      playwright.close();
    } catch (RuntimeException ignored) {
      // the node driver may already be gone
    }
  }

  @Override
  public void close() {
    all.forEach(c -> closeQuietly(c.playwright));
    all.clear();
  }
}
