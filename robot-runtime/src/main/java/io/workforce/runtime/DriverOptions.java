package io.workforce.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the browser is started and how long actions wait.
 *
 * @param headless no window (the default; {@code --headed} shows one)
 * @param timeout how long an action waits for its element to become actionable
 * @param navigationTimeout how long a navigation waits for the page to load
 * @param downloads where downloaded files are kept until a step moves them
 */
public record DriverOptions(
    boolean headless, Duration timeout, Duration navigationTimeout, Path downloads) {

  /** The machine's Chromium; never a downloaded browser. */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** The machine's chromedriver, for Selenium; Selenium Manager never runs. */
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * Flags that keep Chromium quiet on a closed network with two cores (the same list testkit uses).
   */
  public static final List<String> CHROMIUM_FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");

  /** Window size of every page, so that screenshots and layouts are the same on every machine. */
  public static final int WIDTH = 1280;

  public static final int HEIGHT = 900;

  /** Headless, 10 s for elements, 30 s for pages, downloads in the temp directory. */
  public static DriverOptions defaults() {
    return new DriverOptions(
        true,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Path.of(System.getProperty("java.io.tmpdir"), "workforce-downloads"));
  }

  public DriverOptions withHeadless(boolean value) {
    return new DriverOptions(value, timeout, navigationTimeout, downloads);
  }

  public DriverOptions withTimeout(Duration value) {
    return new DriverOptions(headless, value, navigationTimeout, downloads);
  }

  public DriverOptions withDownloads(Path value) {
    return new DriverOptions(headless, timeout, navigationTimeout, value);
  }
}
