package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A shared (robot) account goes to people's own machines only once an administrator allows it, and
 * then everyone sees it as such (issue 22): the credentials page says who allowed desktop use and
 * when, and the clerk's page says, before they start, that a run on their computer hands that
 * account's password to their browser.
 */
class DesktopUseIT extends BrowserTest {

  static final String FLOW =
      """
      flow: desk-%1$s
      version: 1
      description: 有人值守
      manual_minutes_per_item: 4
      runs_on: [desktop, robot]
      systems:
        portal:
          url: http://127.0.0.1:9/
          credential: %1$s
          login:
            - open: { system: portal, path: /login }
      input:
        form:
          - { name: code, label: 编号, type: text, required: true }
      steps:
        - open: { system: portal, path: "/case?c=${item.code}" }
      """;

  @Test
  void anAdministratorAllowsDesktopUseAndTheClerkIsToldBeforeStarting() {
    String credential = "hall-robot";
    Fixtures.credential(admin, credential);
    admin
        .post(
            "/api/v1/flows",
            Map.of("source", FLOW.formatted(credential), "sourceName", "desk.yaml", "live", true))
        .expect(201);
    String password = Fixtures.person(admin, orchestrator.baseUri(), "wu", "吴办事员", "CLERK");
    Fixtures.share(admin, "desk-" + credential, "wu");

    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    open("#/credentials");
    Locator row =
        page.locator("[data-table=credentials] tbody tr")
            .filter(new Locator.FilterOptions().setHasText(credential));
    assertThat(row.locator("[data-desktop=robots-only]")).isVisible();
    page.locator("[data-action=desktop-" + credential + "]").click();
    assertThat(page.locator(".modal")).containsText(credential);
    page.locator(".modal [data-action=confirm-desktop]").click();
    assertThat(row.locator("[data-desktop=allowed]")).containsText(Orchestrator.ADMIN);
    JsonNode stored = admin.get("/api/v1/credentials/" + credential).expect(200).json();
    assertThat(stored.get("desktopUse").asBoolean()).isTrue();
    assertThat(stored.get("desktopUseBy").asString()).isEqualTo(Orchestrator.ADMIN);
    Screens.save(page, "control-center-credential-desktop-use");

    context.clearCookies();
    login("wu", password);
    open("#/mine");
    Locator notice = page.locator("[data-shared-desktop=desk-" + credential + "]");
    assertThat(notice).containsText(credential);
    assertThat(notice).containsText("共用账号");
    assertThat(notice).containsText(Orchestrator.ADMIN);

    context.clearCookies();
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    open("#/credentials");
    page.locator("[data-action=desktop-" + credential + "]").click();
    page.locator(".modal [data-action=confirm-desktop]").click();
    assertThat(row.locator("[data-desktop=robots-only]")).isVisible();
    context.clearCookies();
    login("wu", password);
    open("#/mine");
    assertThat(page.locator("[data-flow=desk-" + credential + "]")).isVisible();
    assertThat(notice).hasCount(0);
  }
}
