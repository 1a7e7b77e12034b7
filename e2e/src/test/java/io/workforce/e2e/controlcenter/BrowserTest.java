package io.workforce.e2e.controlcenter;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
 * One real orchestrator (H2) and one headless Chromium per test class; a fresh browser context (cookies,
 * storage) per test, in Chinese unless the test switches.
 */
abstract class BrowserTest {

  static Orchestrator orchestrator;
  static Api admin;
  static Playwright playwright;
  static Browser browser;
  BrowserContext context;
  Page page;

  @BeforeAll
  static void startAll() {
    long t0 = System.nanoTime();
    orchestrator = Orchestrator.start(Map.of());
    admin = new Api(orchestrator.baseUri(), Orchestrator.ADMIN_TOKEN);
    playwright = SystemChromium.playwright();
    browser = SystemChromium.launch(playwright);
    System.out.printf("orchestrator and browser started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
  }

  @AfterAll
  static void stopAll() {
    long t0 = System.nanoTime();
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (orchestrator != null) {
      orchestrator.close();
    }
    System.out.printf("orchestrator and browser stopped in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
  }

  @BeforeEach
  void newContext() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("zh-CN")
        .setTimezoneId("Asia/Shanghai"));
    context.setDefaultTimeout(15_000);
    page = context.newPage();
    page.onPageError(e -> pageErrors.append(e).append('\n'));
  }

  final StringBuilder pageErrors = new StringBuilder();

  @AfterEach
  void closeContext(TestInfo info) {
    if (page != null && !page.isClosed()) {
      Screens.save(page, "last-" + info.getTestClass().map(Class::getSimpleName).orElse("") + "-"
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
    page.locator("[data-user]").waitFor();
  }

  /** Opens a control-center address like {@code #/overview}. */
  void open(String hash) {
    page.navigate(orchestrator.url("/" + hash));
  }
}
