package io.workforce.runtime.playwright;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import io.workforce.runtime.BrowserCrashedException;
import io.workforce.runtime.DriverOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One Chromium per process, shared by every worker thread.
 *
 * <p>Playwright for Java is single-threaded, so each thread gets its own Playwright connection: the
 * first thread launches the system Chromium over Playwright's pipe (exactly what a hand-written program
 * does) and opens a DevTools port on loopback; every other thread attaches to that same browser over
 * CDP. When the browser dies (crash, kill -9), the next thread that needs it launches a new one and the
 * others re-attach.
 */
final class BrowserHub implements AutoCloseable {

  /** A thread's own Playwright and its handle on the shared browser. */
  static final class Connection {
    final Playwright playwright;
    final Thread thread;
    Browser browser;
    boolean owner;

    Connection(Playwright playwright) {
      this.playwright = playwright;
      this.thread = Thread.currentThread();
    }
  }

  private final DriverOptions options;
  private final ThreadLocal<Connection> mine = new ThreadLocal<>();
  private final List<Connection> all = new CopyOnWriteArrayList<>();
  private volatile int port = -1;

  BrowserHub(DriverOptions options) {
    this.options = options;
  }

  /** The calling thread's connection to a live browser, launching or re-attaching as needed. */
  synchronized Connection connection() {
    Connection c = mine.get();
    if (c == null) {
      c = new Connection(createPlaywright());
      mine.set(c);
      all.add(c);
    }
    if (c.browser != null && c.browser.isConnected() && portAnswers()) {
      return c;
    }
    closeQuietly(c.browser);
    if (port > 0 && portAnswers()) {
      c.browser = c.playwright.chromium().connectOverCDP("http://127.0.0.1:" + port);
      c.owner = false;
    } else {
      port = freePort();
      c.browser = c.playwright.chromium().launch(launchOptions(port));
      c.owner = true;
    }
    return c;
  }

  /** Closes the calling thread's connection unless it owns the browser (then it lives until {@link #close()}). */
  synchronized void release() {
    Connection c = mine.get();
    if (c == null || c.owner) {
      return;
    }
    mine.remove();
    all.remove(c);
    try {
      c.playwright.close();
    } catch (RuntimeException ignored) {
      // already gone
    }
  }

  /** Whether the shared browser still answers on its DevTools port. */
  boolean portAnswers() {
    if (port <= 0) {
      return false;
    }
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  int port() {
    return port;
  }

  private BrowserType.LaunchOptions launchOptions(int debuggingPort) {
    List<String> args = new ArrayList<>(DriverOptions.CHROMIUM_FLAGS);
    args.add("--remote-debugging-port=" + debuggingPort);
    args.add("--remote-debugging-address=127.0.0.1");
    return new BrowserType.LaunchOptions()
        .setExecutablePath(DriverOptions.CHROMIUM)
        .setHeadless(options.headless())
        .setHandleSIGINT(false)   // Ctrl-C stops the run after the current step; the browser must live until then
        .setHandleSIGTERM(false)
        .setHandleSIGHUP(false)
        .setArgs(args);
  }

  static Playwright createPlaywright() {
    if (!java.nio.file.Files.isExecutable(DriverOptions.CHROMIUM)) {
      throw new BrowserCrashedException(DriverOptions.CHROMIUM + " is missing (hint: apt-get install -y chromium,"
          + " or run ./rpa doctor)", null);
    }
    return Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new BrowserCrashedException("no free loopback port for the browser", e);
    }
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

  /** Closes attached connections first, then the one that owns the browser. */
  @Override
  public synchronized void close() {
    List<Connection> ordered = new ArrayList<>(all);
    ordered.sort((a, b) -> Boolean.compare(a.owner, b.owner));
    for (Connection c : ordered) {
      try {
        c.playwright.close();
      } catch (RuntimeException ignored) {
        // the node driver may already be gone
      }
    }
    all.clear();
    port = -1;
  }
}
