package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.workforce.protocol.WorkAssignment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A supervisor watches the overview while a robot works a queue of 50 registrations: the page
 * updates live (server-sent events, no reload) and ends showing exactly the numbers the API
 * computes. The robot is simulated over the real robot protocol.
 */
@OwnOrchestrator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverviewIT extends BrowserTest {

  static final AtomicLong jobId = new AtomicLong();
  static String supervisorPassword;

  @BeforeAll
  static void flowsAndQueue() {
    supervisorPassword =
        Fixtures.person(admin, orchestrator.baseUri(), "zhou", "周主管", "SUPERVISOR");
    Fixtures.credential(admin, "registry-clerk");
    Fixtures.credential(admin, "intake-clerk");
    Fixtures.publish(admin, "sync-registrations.yaml");
    Fixtures.queueWithItems(admin, "new-registrations", 50);
  }

  @Test
  @Order(1)
  void overviewShowsTheApiNumbersAfterARunOfFiftyItems() throws Exception {
    login("zhou", supervisorPassword);
    open("#/overview");
    assertThat(page.locator("[data-value=items-total]")).hasText("0");
    assertThat(page.locator("[data-value=backlog]")).hasText("50");

    long id =
        admin
            .post("/api/v1/jobs", Map.of("flow", "sync-registrations"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    jobId.set(id);
    try (SimulatedRobot robot = SimulatedRobot.enrol(admin, orchestrator.baseUri(), "robot-01")) {
      WorkAssignment a = robot.takeJob();
      int worked =
          robot.workQueue(
              a,
              item -> {
                int n = Integer.parseInt(item.reference().substring(1));
                if (n % 10 == 7) {
                  return SimulatedRobot.Outcome.business("企业名称与登记系统不一致");
                }
                if (n == 12 || n == 34) {
                  return SimulatedRobot.Outcome.business("统一社会信用代码校验位错误");
                }
                return SimulatedRobot.Outcome.ok(Map.of("receipt", "SL" + item.reference()));
              });
      assertThat(worked).isEqualTo(50);
      robot.finish(a, Map.of("items", 50));
    }

    // the page was not reloaded: the live feed told it that items ended
    assertThat(page.locator("[data-value=items-total]"))
        .hasText("50", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
    JsonNode api = pageShowsTheApiNumbers();
    assertThat(api.get("items").get("total").asLong()).isEqualTo(50);
    assertThat(api.get("items").get("totalSuccessful").asLong()).isEqualTo(43);
    assertThat(number("backlog")).isZero();
    // 43 successful × 6 manual minutes
    assertThat(api.get("timeSaved").get("totalMinutes").asDouble()).isEqualTo(258.0);

    // which flow fails most, and why: the per-flow table and the reasons list
    Locator flowRow = page.locator("[data-table=flows] tbody tr").first();
    assertThat(flowRow).containsText("sync-registrations");
    assertThat(flowRow).containsText("86.0%");
    assertThat(page.locator("[data-list=reasons]")).containsText("企业名称与登记系统不一致");
    assertThat(page.locator("[data-list=reasons] .bar-row").first()).containsText("5");
    Screens.save(page, "control-center-overview-50");
  }

  @Test
  @Order(2)
  void overviewRendersInEnglishAndBigScreenMode() {
    login("zhou", supervisorPassword);
    open("#/overview");
    assertThat(page.locator("[data-kpi=items-today] .label")).containsText("今日处理");
    page.locator("[data-action=lang]").click();
    assertThat(page.locator("[data-kpi=items-today] .label")).containsText("Items today");
    assertThat(page.locator("[data-value=items-total]")).hasText("50");
    assertThat(page.locator(".nav")).containsText("Overview");
    Screens.save(page, "control-center-overview-en");

    page.locator("[data-action=big]").click();
    assertThat(page.locator("[data-page=big] h1")).hasText("Digital Workforce Operations");
    assertThat(page.locator("[data-page=big] [data-value=items-total]")).hasText("50");
    page.navigate(orchestrator.url("/?lang=zh#/big"));
    assertThat(page.locator("[data-page=big] h1")).hasText("数字员工运营中心");
    Screens.save(page, "control-center-big-screen-50");
  }

  @Test
  @Order(3)
  void runDetailShowsTimelineItemsErrorsWithScreenshotsAndJournal() {
    login("zhou", supervisorPassword);
    open("#/runs");
    page.locator("[data-table=runs] tbody tr").first().click();
    assertThat(page.locator("[data-run]")).containsText("#" + jobId.get());
    assertThat(page.locator("[data-value=run-items]")).containsText("50");
    assertThat(page.locator("[data-list=timeline] .tl-row").first()).isVisible();
    assertThat(page.locator("[data-list=timeline]")).containsText("steps[1].fill");
    page.locator("[data-tab=items]").click();
    assertThat(page.locator("[data-table=items] tbody tr")).hasCount(50);
    page.locator("[data-tab=journal]").click();
    assertThat(page.locator("[data-list=journal]")).containsText("steps[1].fill");
    page.locator("[data-tab=errors]").click();
    Locator errors = page.locator("[data-error]");
    assertThat(errors).hasCount(7);
    assertThat(errors.first()).containsText("企业名称与登记系统不一致");
    Locator shot = errors.first().locator("img[data-screenshot]");
    assertThat(shot).isVisible();
    page.waitForFunction("img => img.complete && img.naturalWidth > 0", shot.elementHandle());
    Screens.save(page, "control-center-run-50");
  }

  @Test
  @Order(4)
  void aMonthOfHistoryAddsUpOnThePageAsInTheApi() {
    List<Long> robots = new ArrayList<>();
    for (int i = 2; i <= 7; i++) {
      try (SimulatedRobot r =
          SimulatedRobot.enrol(admin, orchestrator.baseUri(), String.format("robot-%02d", i))) {
        r.heartbeat();
        robots.add(r.id());
      }
    }
    Fixtures.credential(admin, "health-clerk");
    Fixtures.publish(admin, "enter-from-spreadsheet.yaml");
    Fixtures.publish(admin, "verify-applications.yaml");
    History.month(orchestrator.bean(JdbcClient.class), Instant.now(), robots);
    long total =
        admin.get("/api/v1/overview").expect(200).json().get("items").get("total").asLong();
    assertThat(total).isGreaterThan(3000);

    login("zhou", supervisorPassword);
    open("#/overview");
    assertThat(page.locator("[data-value=items-total]"))
        .hasText(String.format(Locale.ROOT, "%,d", total));
    pageShowsTheApiNumbers();
    // which flow fails most: the per-flow table marks it, and it is the one with the lowest success
    // rate
    assertThat(
            page.locator("[data-table=flows] tbody tr")
                .filter(new Locator.FilterOptions().setHasText("enter-from-spreadsheet"))
                .locator(".badge"))
        .isVisible();
    page.locator("[data-seg=day]").click();
    page.locator("[data-seg=flow]").click();
    page.waitForTimeout(800); // the charts' entry animation, for the screenshot
    Screens.save(page, "control-center-overview", true);

    open("#/big");
    assertThat(page.locator("[data-page=big] [data-value=items-total]"))
        .hasText(String.format(Locale.ROOT, "%,d", total));
    page.waitForTimeout(800);
    Screens.save(page, "control-center-big-screen", true);
  }

  /**
   * Every figure on the overview equals the API's, once the page has caught up through the live
   * feed (a robot's last heartbeat may arrive just after its last item): tried again for up to 15
   * s. Answers the API's overview.
   */
  private JsonNode pageShowsTheApiNumbers() {
    long end = System.nanoTime() + 15_000_000_000L;
    while (true) {
      try {
        return compareOnce();
      } catch (AssertionError e) {
        if (System.nanoTime() > end) {
          throw e;
        }
        page.waitForTimeout(500);
      }
    }
  }

  private JsonNode compareOnce() {
    JsonNode api = admin.get("/api/v1/overview").expect(200).json();
    JsonNode trends = admin.get("/api/v1/overview/trends").expect(200).json();
    assertThat(number("items-today")).isEqualTo(api.get("items").get("today").asLong());
    assertThat(number("items-total")).isEqualTo(api.get("items").get("total").asLong());
    assertThat(text("success-rate"))
        .isEqualTo(percent(api.get("items").get("successRate").asDouble()));
    assertThat(number("robots-online")).isEqualTo(api.get("robots").get("online").asLong());
    assertThat(number("robots-busy")).isEqualTo(api.get("robots").get("busy").asLong());
    assertThat(number("robots-idle")).isEqualTo(api.get("robots").get("idle").asLong());
    assertThat(number("robots-offline")).isEqualTo(api.get("robots").get("offline").asLong());
    assertThat(number("saved-total"))
        .isEqualTo(Math.round(api.get("timeSaved").get("totalMinutes").asDouble()));
    assertThat(number("saved-month"))
        .isEqualTo(Math.round(trends.get("month").get("minutesSaved").asDouble()));
    assertThat(number("backlog")).isEqualTo(api.get("backlog").get(0).get("ready").asLong());
    assertThat(number("sla-risk"))
        .isEqualTo(
            api.get("slaRisk").get("items").asLong() + api.get("slaRisk").get("jobs").asLong());
    return api;
  }

  private long number(String id) {
    return Long.parseLong(text(id).replaceAll("[^0-9]", ""));
  }

  private String text(String id) {
    return page.locator("[data-value=" + id + "]").first().textContent().trim();
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }
}
