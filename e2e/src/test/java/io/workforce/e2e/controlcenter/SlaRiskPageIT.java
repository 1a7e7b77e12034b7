package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A supervisor sees a number on the SLA-risk card and opens the list behind it: which items, in
 * which queue, due when, expected when, worked by which robot; on the queue page the at-risk filter
 * leaves only those items, and every unfinished item shows how long it has waited and when it is
 * due.
 */
class SlaRiskPageIT extends BrowserTest {

  static final String QUEUE = "sla-permits";
  static String supervisorPassword;

  @BeforeAll
  static void itemsNearAndFarFromTheirDeadlines() {
    supervisorPassword =
        Fixtures.person(admin, orchestrator.baseUri(), "fang", "方主管", "SUPERVISOR");
    admin
        .post("/api/v1/queues", Map.of("name", QUEUE, "description", "施工许可", "slaMinutes", 480))
        .expect(201);
    Instant now = Instant.now();
    item("P-LATE", now.minus(Duration.ofMinutes(20)));
    item("P-SOON", now.plus(Duration.ofMinutes(5)));
    item("P-LATER", now.plus(Duration.ofDays(2)));
  }

  static void item(String reference, Instant deadline) {
    admin
        .post(
            "/api/v1/queues/" + QUEUE + "/items",
            Map.of("reference", reference, "deadline", deadline.toString(), "payload", Map.of()))
        .expect(201);
  }

  @Test
  void theCardOpensTheListAndTheQueuePageFiltersToTheSameItems() {
    login("fang", supervisorPassword);
    open("#/overview");
    page.locator("[data-kpi=sla-risk] [data-action=sla-list]").click();
    assertThat(page.locator("h1")).hasText("时限风险清单");
    Locator rows = page.locator("[data-table=sla-items] tbody tr");
    Locator late = rows.filter(new Locator.FilterOptions().setHasText("P-LATE"));
    Locator soon = rows.filter(new Locator.FilterOptions().setHasText("P-SOON"));
    assertThat(late).hasCount(1);
    assertThat(soon).hasCount(1);
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("P-LATER"))).hasCount(0);
    assertThat(late).containsText(QUEUE);
    assertThat(late).containsText("等待中");
    // nothing of this queue ended yet: no pace, so no guess at the finish
    assertThat(late).containsText("无法估计");
    assertThat(late.locator("[data-due]")).hasClass("late");
    assertThat(soon.locator("[data-due]")).not().hasClass("late");
    assertThat(page.locator("[data-loading]")).hasCount(0);
    Screens.save(page, "control-center-sla-risk");

    late.locator("a", new Locator.LocatorOptions().setHasText(QUEUE)).click();
    Locator items = page.locator("[data-table=items] tbody tr");
    assertThat(items).hasCount(3);
    assertThat(items.first()).containsText("加入");
    page.locator("[data-filter=at-risk]").check();
    assertThat(items).hasCount(2);
    assertThat(page.locator("[data-table=items]")).not().containsText("P-LATER");
    assertThat(items.filter(new Locator.FilterOptions().setHasText("P-LATE")).locator(".late"))
        .hasCount(1);
    page.locator("[data-filter=at-risk]").uncheck();
    assertThat(items).hasCount(3);

    page.locator("[data-action=lang]").click();
    open("#/overview/sla-risk");
    assertThat(page.locator("h1")).hasText("SLA risk list");
    assertThat(page.locator("[data-table=sla-items]")).containsText("unknown");
  }
}
