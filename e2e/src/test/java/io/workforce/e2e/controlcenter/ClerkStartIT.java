package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import io.workforce.protocol.ItemResult;
import io.workforce.protocol.WorkAssignment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clerk starts {@code enter-from-spreadsheet} from 我的机器人 with an uploaded xlsx, watches it and gets the
 * result per row. The robot is simulated over the real robot protocol: it downloads the uploaded file as only
 * the robot running the job may, reads its rows and reports each row's outcome.
 */
class ClerkStartIT extends BrowserTest {

  static String clerkPassword;

  @BeforeAll
  static void flowSharedWithTheClerk() {
    clerkPassword = Fixtures.person(admin, orchestrator.baseUri(), "li", "李办事员", "CLERK");
    Fixtures.credential(admin, "intake-clerk");
    Fixtures.publish(admin, "enter-from-spreadsheet.yaml");
    Fixtures.share(admin, "enter-from-spreadsheet", "li");
  }

  @Test
  void clerkStartsEnterFromSpreadsheetWithAnUploadedSheetAndSeesTheResult(@TempDir Path dir) throws Exception {
    Path xlsx = Sheets.subsidyApplications(dir, 8, List.of(3, 6));
    login("li", clerkPassword);
    assertThat(page.locator("[data-list=my-flows]")).containsText("enter-from-spreadsheet");
    assertThat(page.locator(".nav")).not().containsText("流程");
    page.locator("[data-start=enter-from-spreadsheet]").click();
    page.locator("[data-input=spreadsheet]").setInputFiles(xlsx);
    assertThat(page.locator("[data-upload]")).containsText("8 行数据");
    assertThat(page.locator("[data-table=preview] tbody tr")).hasCount(5);

    try (SimulatedRobot robot = SimulatedRobot.enrol(admin, orchestrator.baseUri(), "robot-window-1")) {
      CompletableFuture<List<ItemResult>> work = CompletableFuture.supplyAsync(() -> {
        WorkAssignment a = robot.takeJob();
        List<Map<String, String>> rows = Sheets.read(robot.inputFile(a));
        List<ItemResult> results = robot.workRows(a, rows, "序号", row -> {
          pause(250);
          String id = row.get("儿童身份证号");
          String birth = id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14);
          return birth.equals(row.get("出生日期")) ? SimulatedRobot.Outcome.ok(Map.of("receipt", "SL2026" + row.get("序号")))
              : SimulatedRobot.Outcome.business("出生日期与儿童身份证号不符");
        });
        robot.finish(a, Map.of("total", results.size(), "successful", 6, "failed", 2));
        return results;
      });
      page.locator("[data-action=start]").click();
      assertThat(page.locator("[data-run-state]")).isVisible();
      assertThat(work.get(60, TimeUnit.SECONDS)).hasSize(8);
    }

    assertThat(page.locator("[data-result=SUCCEEDED]")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    assertThat(page.locator("[data-result]")).containsText("成功 6 项，失败 2 项");
    assertThat(page.locator("[data-progress]")).hasAttribute("data-progress", "8/8");
    assertThat(page.locator("[data-table=items] tbody tr")).hasCount(8);
    assertThat(page.locator("[data-table=items]")).containsText("出生日期与儿童身份证号不符");
    Screens.save(page, "control-center-clerk", true);

    page.locator("[data-action=report]").click();
    assertThat(page.locator("[data-report=run]")).containsText("enter-from-spreadsheet");
    assertThat(page.locator("[data-report=run] tbody tr")).hasCount(8);
    Screens.save(page, "control-center-clerk-report");
  }

  private static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
