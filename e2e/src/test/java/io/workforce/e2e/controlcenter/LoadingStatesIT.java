package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * While a page's data is on its way, the page says it is loading (never empty cards or tables that
 * read as zeros); when the data cannot come, it says why instead of loading forever. The
 * orchestrator's answers are held back (then let through, or cut off as a network failure would) in
 * the browser; everything else is real.
 */
class LoadingStatesIT extends BrowserTest {

  static final List<String> PAGES =
      List.of(
          "#/overview",
          "#/big",
          "#/robots",
          "#/runs",
          "#/queues",
          "#/flows",
          "#/schedules",
          "#/credentials",
          "#/keys",
          "#/users",
          "#/audit",
          "#/mine");

  private final List<Route> held = new ArrayList<>();

  @Test
  void everyPageSaysItIsLoadingThenShowsItsData() {
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    for (String hash : PAGES) {
      open(from(hash));
      assertThat(page.locator("[data-loading]")).hasCount(0);
      intercept(held::add);
      page.evaluate("h => { location.hash = h; }", hash);
      Locator loading = page.locator("[data-loading]");
      assertThat(loading.first()).isVisible();
      assertThat(page.locator("[data-kpi], [data-value], table.data")).hasCount(0);
      Screens.save(page, "loading-" + hash.substring(2));
      page.unrouteAll();
      held.forEach(Route::resume);
      held.clear();
      assertThat(loading).hasCount(0);
    }
  }

  @Test
  void aPageWhoseDataCannotComeSaysWhyInsteadOfLoadingForever() {
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    for (String hash : PAGES) {
      open(from(hash));
      assertThat(page.locator("[data-loading]")).hasCount(0);
      intercept(route -> route.abort("connectionrefused"));
      page.evaluate("h => { location.hash = h; }", hash);
      assertThat(page.locator("[role=alert]").first()).containsText("无法连接到服务器");
      assertThat(page.locator("[data-loading]")).hasCount(0);
      page.unrouteAll();
    }
  }

  /** Another page, loaded, to go to this one from (the same address would not load anything). */
  private static String from(String hash) {
    return "#/audit".equals(hash) ? "#/keys" : "#/audit";
  }

  /** The page's calls to the API, not the session's nor the live feed's. */
  private void intercept(Consumer<Route> handler) {
    page.route(
        url ->
            url.contains("/api/v1/")
                && !url.contains("/api/v1/live")
                && !url.endsWith("/api/v1/me")
                && !url.contains("/auth/csrf"),
        handler);
  }
}
