package io.workforce.e2e.robots;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.workforce.testkit.SystemChromium;
import java.net.URI;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The control center's overview as a supervisor sees it in a real headless Chromium: log-in page,
 * then the overview's figures read from the page, for comparison with the API's.
 */
final class OverviewPage implements AutoCloseable {

  private final Playwright playwright = SystemChromium.playwright();
  private final Browser browser = SystemChromium.launch(playwright);
  private final Page page;

  OverviewPage(URI base, String username, String password) {
    page =
        browser
            .newContext(
                new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1440, 900))
            .newPage();
    page.setDefaultTimeout(30_000);
    page.navigate(base.resolve("/").toString());
    page.locator("[data-form=login] input[name=username]").fill(username);
    page.locator("[data-form=login] input[name=password]").fill(password);
    page.locator("[data-action=login]").click();
    page.locator("[data-user]").waitFor();
    page.navigate(base.resolve("/#/overview").toString());
    page.locator("[data-value=items-total]").waitFor();
  }

  /**
   * The page shows the API's overview: items, success rate, robots online and minutes saved.
   * Compared again for up to 20 s, as the page catches up through the live feed (a heartbeat or a
   * scheduled run may land between).
   */
  void showsTheApisNumbers(java.util.function.Supplier<JsonNode> api) {
    long end = System.nanoTime() + 20_000_000_000L;
    while (true) {
      try {
        compare(api.get());
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > end) {
          throw e;
        }
        page.waitForTimeout(500);
      }
    }
  }

  private void compare(JsonNode api) {
    assertThat(number("items-total"))
        .as("items in total")
        .isEqualTo(api.path("items").path("total").asLong());
    assertThat(number("items-today"))
        .as("items today")
        .isEqualTo(api.path("items").path("today").asLong());
    assertThat(text("success-rate"))
        .as("success rate")
        .isEqualTo(
            String.format(
                Locale.ROOT, "%.1f%%", api.path("items").path("successRate").asDouble() * 100));
    assertThat(number("robots-online"))
        .as("robots online")
        .isEqualTo(api.path("robots").path("online").asLong());
    assertThat(number("saved-total"))
        .as("minutes saved")
        .isEqualTo(Math.round(api.path("timeSaved").path("totalMinutes").asDouble()));
  }

  private long number(String id) {
    return Long.parseLong(text(id).replaceAll("[^0-9]", ""));
  }

  private String text(String id) {
    return page.locator("[data-value=" + id + "]").first().textContent().trim();
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
