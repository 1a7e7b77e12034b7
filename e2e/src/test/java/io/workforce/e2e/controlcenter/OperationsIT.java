package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.workforce.protocol.WorkAssignment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A supervisor's day: failed queue items retried and abandoned, a running run stopped, both seen on
 * the page as they happen (server-sent events, no reload); an administrator imports a spreadsheet
 * into a queue and reads the report row by row. The robot is simulated over the real robot
 * protocol.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT extends BrowserTest {

  static final String QUEUE = "new-registrations";
  static String supervisorPassword;

  @BeforeAll
  static void aRunWithFailedItems() {
    supervisorPassword =
        Fixtures.person(admin, orchestrator.baseUri(), "qian", "钱主管", "SUPERVISOR");
    Fixtures.credential(admin, "registry-clerk");
    Fixtures.credential(admin, "intake-clerk");
    Fixtures.publish(admin, "sync-registrations.yaml");
    Fixtures.queueWithItems(admin, QUEUE, 6);
    admin.post("/api/v1/jobs", Map.of("flow", "sync-registrations")).expect(201);
    try (SimulatedRobot robot = SimulatedRobot.enrol(admin, orchestrator.baseUri(), "robot-ops")) {
      WorkAssignment a = robot.takeJob();
      robot.workQueue(
          a,
          item ->
              item.reference().equals("R0002") || item.reference().equals("R0005")
                  ? SimulatedRobot.Outcome.business("企业名称与登记系统不一致")
                  : SimulatedRobot.Outcome.ok(Map.of("receipt", "SL" + item.reference())));
      robot.finish(a, Map.of("items", 6));
    }
  }

  @Test
  @Order(1)
  void supervisorRetriesOneFailedItemAndAbandonsAnother() {
    login("qian", supervisorPassword);
    // the robot that did the run: its state, last heartbeat and capabilities, and the run among its
    // recent jobs
    open("#/robots");
    Locator robot =
        page.locator("[data-table=robots] tbody tr")
            .filter(new Locator.FilterOptions().setHasText("robot-ops"));
    assertThat(robot.locator("[data-state=ONLINE]")).isVisible();
    assertThat(robot).containsText("playwright");
    assertThat(robot).containsText("OCR chi_sim");
    robot.locator("a").first().click();
    assertThat(page.locator("[data-table=runs]")).containsText("sync-registrations");

    open("#/queues/" + QUEUE);
    assertThat(page.locator("[data-value=count-BUSINESS_FAILED]")).hasText("2");
    assertThat(page.locator("[data-value=last-24h]"))
        .hasText("6"); // throughput: the six items of the run ended today
    page.locator("[data-seg=BUSINESS_FAILED]").click();
    Locator rows = page.locator("[data-table=items] tbody tr");
    assertThat(rows).hasCount(2);
    rows.filter(new Locator.FilterOptions().setHasText("R0002")).locator("a").first().click();

    assertThat(page.locator("[data-table=history]")).containsText("企业名称与登记系统不一致");
    page.locator("[data-action=retry]").click();
    assertThat(page.locator(".page-head [data-state=NEW]")).isVisible();
    JsonNode retried = item("R0002");
    assertThat(retried.get("status").asString()).isEqualTo("NEW");

    open("#/items/" + item("R0005").get("id").asLong());
    page.locator("[data-action=abandon]").click();
    page.locator("input[name=reason]").fill("企业已注销，无需同步");
    page.locator("[data-action=confirm]").click();
    assertThat(page.locator(".page-head [data-state=ABANDONED]")).isVisible();
    assertThat(page.locator("[data-table=history]")).containsText("企业已注销，无需同步");
    assertThat(item("R0005").get("status").asString()).isEqualTo("ABANDONED");
    assertThat(page.locator("[data-action=retry]")).isVisible();
    assertThat(page.locator("[data-action=abandon]")).hasCount(0);

    // what the supervisor did is in the audit log, under their name
    open("#/audit");
    page.locator("[data-filter=actor]").fill("qian");
    page.locator("[data-filter=actor]").press("Enter");
    Locator audit = page.locator("[data-table=audit]");
    assertThat(audit).containsText("item.retry");
    assertThat(audit).containsText("item.abandon");
    Screens.save(page, "control-center-audit");
  }

  @Test
  @Order(2)
  void supervisorStopsARunningRunAndWatchesItEndWithoutReloading() throws Exception {
    login("qian", supervisorPassword);
    open("#/runs");
    page.evaluate("() => { window.notReloaded = true; }");
    Locator rows = page.locator("[data-table=runs] tbody tr");
    assertThat(rows.first()).isVisible();
    // searchable by time: nothing started tomorrow, today's runs from today on
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    page.locator("[data-filter=from]").fill(today.plusDays(1).toString());
    assertThat(rows).hasCount(0);
    page.locator("[data-filter=from]").fill(today.toString());
    assertThat(rows.first()).isVisible();
    int before = rows.count();

    long id =
        admin
            .post("/api/v1/jobs", Map.of("flow", "sync-registrations"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    assertThat(rows)
        .hasCount(before + 1, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
    try (SimulatedRobot robot = SimulatedRobot.enrol(admin, orchestrator.baseUri(), "robot-stop")) {
      WorkAssignment a = robot.takeJob();
      assertThat(a.jobId()).isEqualTo(id);
      assertThat(rows.first().locator("[data-state=RUNNING]"))
          .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
      CompletableFuture<Void> robotSide =
          CompletableFuture.runAsync(
              () -> {
                try {
                  robot.stopWhenAsked(a, Duration.ofSeconds(30));
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      rows.first().locator("a").first().click();
      assertThat(page.locator("[data-run]")).containsText("#" + id);
      page.locator("[data-action=stop]").click();
      page.locator("[data-action=confirm]").click();
      robotSide.get(40, TimeUnit.SECONDS);
    }
    assertThat(page.locator(".page-head [data-state=CANCELLED]"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
    assertThat(page.locator("[data-action=stop]")).hasCount(0);
    page.locator("[data-tab=history]").click();
    Locator history = page.locator("[data-table=history]");
    assertThat(history).containsText("qian");
    assertThat(history.locator("[data-state=STOPPING]").first()).isVisible();
    assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
    assertThat(admin.get("/api/v1/jobs/" + id).expect(200).json().get("state").asString())
        .isEqualTo("CANCELLED");
  }

  @Test
  @Order(3)
  void administratorImportsASpreadsheetAndReadsTheReportRowByRow(@TempDir Path dir) {
    Path xlsx =
        Sheets.write(
            dir,
            "新设立企业-11月.xlsx",
            List.of("reference", "companyName", "deadline"),
            List.of(
                List.of("R0100", "杭州青禾科技有限公司", "2026-12-31"),
                List.of("R0101", "杭州木棉文化传媒有限公司", ""),
                List.of("R0001", "重复的企业", ""),
                List.of("R0102", "日期写错的企业", "下周五"),
                List.of("R0103", "杭州远山贸易有限公司", "2026-12-31 17:00")));
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    open("#/queues/" + QUEUE);
    page.locator("[data-action=import]").click();
    page.locator("input[name=file]").setInputFiles(xlsx);
    page.locator("[data-action=upload]").click();
    Locator report = page.locator("[data-report=import]");
    assertThat(report.locator(".alert")).containsText("3");
    Locator rows = report.locator("[data-table=import-rows] tbody tr");
    assertThat(rows).hasCount(5);
    assertThat(rows.nth(0).locator("[data-state=ADDED]")).isVisible();
    assertThat(rows.nth(2)).containsText("R0001");
    assertThat(rows.nth(2).locator("[data-state=DUPLICATE]")).isVisible();
    assertThat(rows.nth(3).locator("td").first())
        .hasText("5"); // as the spreadsheet numbers it: the header is row 1
    assertThat(rows.nth(3).locator("[data-state=ERROR]")).isVisible();
    assertThat(rows.nth(3)).containsText("下周五");
    assertThat(rows.nth(4).locator("[data-state=ADDED]")).isVisible();
    Screens.save(page, "control-center-import", true);
    page.keyboard().press("Escape");
    assertThat(page.locator("[data-value=count-NEW]")).hasText("4"); // R0002 retried + 3 imported
  }

  private static JsonNode item(String reference) {
    for (JsonNode i : admin.get("/api/v1/queues/" + QUEUE + "/items?size=100").expect(200).json()) {
      if (i.get("reference").asString().equals(reference)) {
        return i;
      }
    }
    throw new AssertionError("no item " + reference);
  }
}
