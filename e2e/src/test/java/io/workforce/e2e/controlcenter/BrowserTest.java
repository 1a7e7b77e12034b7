package io.workforce.e2e.controlcenter;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.workforce.testkit.SystemChromium;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A real orchestrator (H2) and one headless Chromium for the browser tests: the browser and, unless
 * a class is marked {@link OwnOrchestrator}, the orchestrator are started once per test JVM and
 * shared (each class uses its own user names and data), which keeps the suite within its time
 * budget on 2 cores. A fresh browser context (cookies, storage) per test, in Chinese unless the
 * test switches.
 */
abstract class BrowserTest {

  private static Orchestrator shared;
  private static Playwright playwright;
  private static Browser browser;
  static Orchestrator orchestrator;
  static Api admin;
  private static boolean own;
  BrowserContext context;
  Page page;

  @BeforeAll
  static void startAll(TestInfo info) {
    long t0 = System.nanoTime();
    own = info.getTestClass().map(c -> c.isAnnotationPresent(OwnOrchestrator.class)).orElse(false);
    orchestrator = own ? Orchestrator.start(Map.of()) : sharedOrchestrator();
    admin = new Api(orchestrator.baseUri(), Orchestrator.ADMIN_TOKEN);
    startBrowser();
    // a busy 2-core CI machine: page assertions wait as long as actions do (15 s) instead of
    // Playwright's 5 s
    com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    System.out.printf(
        "orchestrator and browser ready in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
  }

  private static synchronized Orchestrator sharedOrchestrator() {
    if (shared == null) {
      shared = Orchestrator.start(Map.of());
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  private static synchronized void startBrowser() {
    if (browser == null) {
      playwright = SystemChromium.playwright();
      browser = SystemChromium.launch(playwright);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    browser.close();
                    playwright.close();
                  }));
    }
  }

  /** The shared headless Chromium, for a test that needs a context of its own (another locale). */
  static Browser browser() {
    return browser;
  }

  @AfterAll
  static void stopOwn() {
    if (own && orchestrator != null) {
      orchestrator.close();
    }
  }

  @BeforeEach
  void newContext() {
    context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(1440, 900)
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai"));
    context.setDefaultTimeout(15_000);
    page = context.newPage();
    page.onPageError(e -> pageErrors.append(e).append('\n'));
  }

  final StringBuilder pageErrors = new StringBuilder();

  @AfterEach
  void closeContext(TestInfo info) {
    if (page != null && !page.isClosed()) {
      Screens.save(
          page,
          "last-"
              + info.getTestClass().map(Class::getSimpleName).orElse("")
              + "-"
              + info.getTestMethod().map(m -> m.getName()).orElse(""));
    }
    context.close();
    if (!pageErrors.isEmpty()) {
      throw new AssertionError("the page threw: " + pageErrors);
    }
  }

  /** Signs in through the log-in page and waits for the shell. */
  void login(String username, String password) {
    page.navigate(orchestrator.url("/"));
    page.locator("[data-form=login] input[name=username]").fill(username);
    page.locator("[data-form=login] input[name=password]").fill(password);
    page.locator("[data-action=login]").click();
    // the first log-in after the orchestrator started is slow on a busy 2-core machine
    page.locator("[data-user]").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
  }

  /** Opens a control-center address like {@code #/overview}. */
  void open(String hash) {
    page.navigate(orchestrator.url("/" + hash));
  }
}
