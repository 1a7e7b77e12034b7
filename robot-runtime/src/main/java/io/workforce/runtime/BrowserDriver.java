package io.workforce.runtime;

import io.workforce.runtime.playwright.PlaywrightDriver;
import io.workforce.runtime.selenium.SeleniumDriver;
import java.util.Locale;

/**
 * Drives the system Chromium. One driver per process; it hands out {@linkplain BrowserSession
 * sessions} (isolated cookies and storage, like a fresh browser profile), one per system per
 * worker.
 *
 * <p>Both implementations understand the same {@link Selector} language, auto-wait the same way (an
 * element is waited for until it is actionable, a navigation until the page has loaded; no fixed
 * sleeps) and handle frames, pop-up windows, dialogs, downloads, uploads and GBK pages.
 *
 * <p>Thread rule: a session is used by the thread that created it (Playwright for Java is not
 * thread safe); {@link #newSession()} itself may be called from any thread.
 */
public interface BrowserDriver extends AutoCloseable {

  /** The two drivers. */
  enum Kind {
    PLAYWRIGHT,
    SELENIUM;

    /** Parses {@code playwright|selenium}, case-insensitive. */
    public static Kind parse(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown driver '" + name + "' (hint: playwright or selenium)");
      }
    }
  }

  /** Starts a driver of the given kind; the browser itself is launched on first use. */
  static BrowserDriver start(Kind kind, DriverOptions options) {
    return switch (kind) {
      case PLAYWRIGHT -> new PlaywrightDriver(options);
      case SELENIUM -> new SeleniumDriver(options);
    };
  }

  /** Which driver this is. */
  Kind kind();

  /** A new isolated session (browser context) with one blank page, for the calling thread. */
  BrowserSession newSession();

  /**
   * The calling thread will not use the driver again (a worker ends): resources kept for it, such
   * as a Playwright connection, are released. Sessions it created must be closed first.
   */
  default void releaseThread() {}

  /**
   * Process ids of the browser processes this driver started (for memory figures and crash tests).
   */
  java.util.List<Long> browserPids();

  /** Closes every session and the browser. */
  @Override
  void close();
}
