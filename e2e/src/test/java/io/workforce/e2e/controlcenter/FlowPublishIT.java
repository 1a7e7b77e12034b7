package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An administrator publishes a broken flow: the page lists every problem the API reports, with its
 * file:line:col, and marks those lines in the source; then publishes a good one and sees it live,
 * highlighted.
 */
class FlowPublishIT extends BrowserTest {

  @Test
  void administratorPublishesABrokenFlowAndSeesEveryProblemAtItsLine() {
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);

    String broken = Fixtures.resource("broken-flow.yaml");
    JsonNode refused =
        admin
            .post("/api/v1/flows", Map.of("source", broken, "sourceName", "broken-demo.yaml"))
            .expect(422)
            .json();
    List<String> where = new ArrayList<>();
    refused.get("errors").forEach(e -> where.add(e.get("field").asString()));
    assertThat(where).hasSizeGreaterThanOrEqualTo(2);

    open("#/flows");
    page.locator("[data-action=publish]").click();
    page.locator("textarea[name=source]").fill(broken);
    page.locator("input[name=sourceName]").fill("broken-demo.yaml");
    page.locator("[data-action=submit-flow]").click();
    Locator problems = page.locator("[data-list=problems] li");
    assertThat(problems).hasCount(where.size());
    for (int i = 0; i < where.size(); i++) {
      assertThat(problems.nth(i).locator(".where")).hasText(where.get(i));
      Matcher m = Pattern.compile(":(\\d+):\\d+$").matcher(where.get(i));
      assertThat(m.find()).as(where.get(i)).isTrue();
      assertThat(page.locator(".gutter [data-line='" + m.group(1) + "']"))
          .hasClass(Pattern.compile("bad"));
    }
    assertThat(page.locator("[data-result=rejected] .alert")).containsText("broken-demo.yaml");
    assertThat(page.locator(".gutter .bad"))
        .hasCount((int) where.stream().map(w -> w.replaceAll(":\\d+$", "")).distinct().count());
    page.setViewportSize(1440, 1200);
    Screens.save(page, "control-center-flow-problems", true);
    admin.get("/api/v1/flows/broken-demo").expect(404); // nothing of it was published

    page.locator("[data-action=edit-flow]").click();
    page.locator("textarea[name=source]").fill(Fixtures.sampleFlow("sync-registrations.yaml"));
    page.locator("input[name=sourceName]").fill("sync-registrations.yaml");
    page.locator("[data-action=submit-flow]").click();
    assertThat(page.locator("[data-card=source] pre[data-code=yaml] .token.key").first())
        .isVisible();
    assertThat(page.locator(".page-head h1")).containsText("sync-registrations");
    assertThat(page.locator(".page-head h1")).containsText("v1");
    Screens.save(page, "control-center-flow");
  }
}
