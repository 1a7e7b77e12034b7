package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.workforce.samples.SampleExport;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.data.Application;
import io.workforce.samples.data.ExpectedRow;
import io.workforce.samples.data.SheetRow;
import io.workforce.testkit.FixtureServer;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clerk starts {@code enter-from-spreadsheet} from 我的机器人 with an uploaded xlsx, watches it and
 * gets the result per row. A real robot process (headless Chromium) downloads the sheet, as only
 * the robot running the job may, and enters it into the sample intake system; what each row ends as
 * is the samples' ground truth.
 */
class ClerkStartIT extends BrowserTest {

  /**
   * Rows of the samples' dirty sheet: full-width digits, a wrong check digit, a child entered
   * twice.
   */
  static final Set<Integer> ROWS = Set.of(2, 3, 7, 9, 12);

  static SampleSystems samples;
  static String clerkPassword;

  @BeforeAll
  static void flowSharedWithTheClerk() {
    samples = SampleSystems.start(SampleOptions.builder().exportEnabled(true).build());
    clerkPassword = Fixtures.person(admin, orchestrator.baseUri(), "li", "李办事员", "CLERK");
    Fixtures.credential(admin, "intake-clerk");
    admin
        .put(
            "/api/v1/credentials/intake-clerk/value",
            Map.of(
                "username",
                SampleSystems.account("intake").username(),
                "secret",
                SampleSystems.account("intake").password()))
        .expect(204);
    Fixtures.publish(admin, "enter-from-spreadsheet.yaml");
    Fixtures.share(admin, "enter-from-spreadsheet", "li");
    Fixtures.credential(admin, "health-clerk");
    Fixtures.publish(admin, "verify-applications.yaml");
    // the report's file name is fixed for this clerk: the form shows it and does not let them
    // change it
    admin
        .put(
            "/api/v1/flows/verify-applications/shares",
            List.of(Map.of("user", "li", "fixedInputs", Map.of("report", "差异-李.xlsx"))))
        .expect(200);
  }

  /**
   * Issue 21: the result file the clerk downloads (through her session, like the link) carries, for
   * every entered or already-entered row, the receipt the intake system itself holds for that
   * child, under the flow's label.
   */
  private void receiptsDownloadedEqualTheIntakeSystems(List<ExpectedRow> expected) {
    String href = page.locator("[data-action=csv]").first().getAttribute("href");
    APIResponse download = page.request().get(orchestrator.url(href));
    assertThat(download.status()).isEqualTo(200);
    List<CSVRecord> table;
    try {
      table =
          CSVFormat.DEFAULT
              .parse(
                  new StringReader(
                      new String(download.body(), StandardCharsets.UTF_8).replace("\uFEFF", "")))
              .getRecords();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> header = table.get(0).toList();
    assertThat(header).contains("受理编号", "结果", "原因").doesNotContain("receipt");
    int receipt = header.indexOf("受理编号");
    Map<String, String> filed =
        new SampleExport(samples.registryUrl(), samples.intakeUrl(), samples.healthUrl())
            .intakeApplications().stream()
                .filter(a -> a.service().equals("subsidy"))
                .collect(Collectors.toMap(Application::key, Application::receiptNo, (a, b) -> a));
    for (ExpectedRow want : expected) {
      if (want.outcome() == ExpectedRow.Outcome.REJECTED) {
        continue; // its reason is checked on the page; it has no receipt
      }
      CSVRecord row =
          table.stream()
              .skip(1)
              .filter(r -> r.toList().stream().anyMatch(c -> plain(c).equals(want.childId())))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no result row for " + want.childId()));
      assertThat(row.get(receipt))
          .as("receipt of %s (%s)", want.childId(), want.outcome())
          .isNotEmpty()
          .isEqualTo(filed.get(want.childId()));
    }
  }

  /** A dirty sheet's cell as the flow reads an id: full-width folded, no spaces, upper case. */
  private static String plain(String cell) {
    return java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFKC)
        .replaceAll("\\s", "")
        .toUpperCase(java.util.Locale.ROOT);
  }

  @AfterAll
  static void stopSamples() {
    if (samples != null) {
      samples.close();
    }
  }

  @Test
  void clerkStartsEnterFromSpreadsheetWithAnUploadedSheetAndSeesTheResult(@TempDir Path dir) {
    List<List<String>> rows =
        samples.groundTruth().dirtySheetRows().stream()
            .filter(r -> ROWS.contains(r.row()))
            .map(ClerkStartIT::cells)
            .toList();
    List<ExpectedRow> expected =
        samples.groundTruth().expected().dirtySheetRows().stream()
            .filter(r -> ROWS.contains(r.row()))
            .toList();
    long rejected =
        expected.stream().filter(r -> r.outcome() == ExpectedRow.Outcome.REJECTED).count();
    assertThat(rejected).isEqualTo(1);
    Path xlsx = Sheets.write(dir, "育儿补贴申领表.xlsx", Sheets.COLUMNS, rows);

    login("li", clerkPassword);
    assertThat(page.locator("[data-list=my-flows]")).containsText("enter-from-spreadsheet");
    assertThat(page.locator(".nav")).not().containsText("流程");
    page.locator("[data-start=enter-from-spreadsheet]").click();
    page.locator("[data-input=spreadsheet]").setInputFiles(xlsx);
    assertThat(page.locator("[data-upload]")).containsText("5 行数据");
    assertThat(page.locator("[data-table=preview] tbody tr")).hasCount(5);

    try (RealRobot robot =
        RealRobot.start(
            admin,
            orchestrator.baseUri(),
            "robot-window-1",
            dir.resolve("robot"),
            Map.of("INTAKE_URL", samples.intakeUrl()))) {
      page.locator("[data-action=start]").click();
      assertThat(page.locator("[data-run-state]")).isVisible();
      try {
        // live progress while the robot works: running, rows counting up (server-sent events, no
        // reload)
        assertThat(page.locator("[data-run-state=RUNNING]"))
            .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        assertThat(page.locator("[data-result]"))
            .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\n--- robot output:\n" + robot.output(), e);
      }
    }

    assertThat(page.locator("[data-result=SUCCEEDED]")).isVisible();
    assertThat(page.locator("[data-result]"))
        .containsText("成功 " + (rows.size() - rejected) + " 项，失败 " + rejected + " 项");
    assertThat(page.locator("[data-progress]"))
        .hasAttribute("data-progress", rows.size() + "/" + rows.size());
    Locator items = page.locator("[data-table=items] tbody tr");
    assertThat(items).hasCount(rows.size());
    // entered rows succeed, already-entered ones are "done, nothing changed" (the duplicate's
    // receipt is the existing one); the rejected row carries the intake system's own reason
    long duplicates =
        expected.stream().filter(r -> r.outcome() == ExpectedRow.Outcome.DUPLICATE).count();
    assertThat(items.locator("[data-state=SUCCESSFUL]"))
        .hasCount((int) (rows.size() - rejected - duplicates));
    assertThat(items.locator("[data-state=UNCHANGED]")).hasCount((int) duplicates);
    for (ExpectedRow r : expected) {
      if (r.outcome() == ExpectedRow.Outcome.REJECTED) {
        assertThat(
                items
                    .filter(new Locator.FilterOptions().setHasText(r.reason()))
                    .locator("[data-state=BUSINESS_FAILED]"))
            .isVisible();
      }
    }
    Screens.save(page, "control-center-clerk", true);

    page.locator("[data-action=report]").click();
    assertThat(page.locator("[data-report=run]")).containsText("enter-from-spreadsheet");
    assertThat(page.locator("[data-report=run] tbody tr")).hasCount(rows.size());
    assertThat(page.locator("[data-report=run] thead")).containsText("受理编号");
    Screens.save(page, "control-center-clerk-report");
    receiptsDownloadedEqualTheIntakeSystems(expected);

    // the run's own page: the real robot's step timeline, and the rejected row with the robot's
    // screenshot
    page.keyboard().press("Escape");
    page.locator("[data-run-state] a").first().click();
    assertThat(page.locator("[data-list=timeline] .tl-row").first()).isVisible();
    Screens.save(page, "control-center-run", true);
    page.locator("[data-tab=errors]").click();
    Locator error = page.locator("[data-error]").first();
    assertThat(error)
        .containsText(
            expected.stream()
                .filter(r -> r.outcome() == ExpectedRow.Outcome.REJECTED)
                .findFirst()
                .orElseThrow()
                .reason());
    Locator shot = error.locator("img[data-screenshot]");
    assertThat(shot).isVisible();
    page.waitForFunction("img => img.complete && img.naturalWidth > 0", shot.elementHandle());
    Screens.save(page, "control-center-run-errors", true);
  }

  @Test
  void aFormFlowGetsItsFieldsFromTheFlowAndTheClerkMayStopTheirOwnRun() {
    login("li", clerkPassword);
    page.locator("[data-start=verify-applications]").click();
    Locator keyword = page.locator("[data-form=start] input[name=keyword]");
    assertThat(page.locator("label[for='" + keyword.getAttribute("id") + "']")).containsText("关键字");
    Locator report = page.locator("[data-form=start] input[name=report]");
    assertThat(report).isDisabled();
    assertThat(report).hasValue("差异-李.xlsx");
    keyword.fill("330105202210243027");
    page.locator("[data-action=start]").click();
    assertThat(page.locator("[data-run-state]")).isVisible();
    tools.jackson.databind.JsonNode job =
        admin.get("/api/v1/jobs?flow=verify-applications&size=1").expect(200).json().get(0);
    assertThat(job.get("startedBy").asString()).isEqualTo("li");
    assertThat(job.get("inputs").get("keyword").asString()).isEqualTo("330105202210243027");
    assertThat(job.get("inputs").get("report").asString()).isEqualTo("差异-李.xlsx");

    // no robot is free for it: the clerk stops it from the run's page
    page.navigate(orchestrator.url("/#/runs/" + job.get("id").asLong()));
    page.locator("[data-action=stop]").click();
    page.locator("[data-action=confirm]").click();
    assertThat(page.locator(".page-head [data-state=CANCELLED]")).isVisible();
  }

  /**
   * A stop asked for while the robot is still on its way to the system reaches it with the next
   * heartbeat (every 10 s), but the orchestrator refuses the job's credential at once: the run must
   * end 已取消, not failed.
   */
  @Test
  void aRunStoppedBeforeTheRobotLogsInEndsCancelledNotFailed(@TempDir Path dir) throws Exception {
    FixtureServer slow =
        FixtureServer.start()
            .slowPage(
                "/portal",
                "<html><head><title>slow</title></head><body>slow</body></html>",
                Duration.ofMillis(2_500));
    String flow = Fixtures.resource("slow-start.yaml").replace("SLOW_URL", slow.url("/portal"));
    admin
        .post(
            "/api/v1/flows", Map.of("source", flow, "sourceName", "slow-start.yaml", "live", true))
        .expect(201, 200);
    // runs other classes left waiting for a robot would reach this one first
    admin
        .get("/api/v1/jobs?state=PENDING&size=100")
        .expect(200)
        .json()
        .forEach(
            j ->
                admin.post("/api/v1/jobs/" + j.get("id").asLong() + "/stop", Map.of()).expect(200));
    long id;
    try (RealRobot robot =
        RealRobot.start(
            admin,
            orchestrator.baseUri(),
            "robot-window-2",
            dir.resolve("robot"),
            Map.of("INTAKE_URL", samples.intakeUrl()))) {
      id =
          admin
              .post("/api/v1/jobs", Map.of("flow", "slow-start"))
              .expect(201)
              .json()
              .get("id")
              .asLong();
      String state = awaitState(id, Set.of("RUNNING"), 120);
      assertThat(state)
          .as(
              "job %s%nrobot output:%n%s",
              admin.get("/api/v1/jobs/" + id).expect(200).json(), robot.output())
          .isEqualTo("RUNNING");
      assertThat(
              admin
                  .post("/api/v1/jobs/" + id + "/stop", Map.of())
                  .expect(200)
                  .json()
                  .get("state")
                  .asString())
          .isEqualTo("STOPPING");
      String end = awaitState(id, Set.of("SUCCEEDED", "FAILED", "CANCELLED"), 60);
      assertThat(end)
          .as(
              "job %s%nrobot output:%n%s",
              admin.get("/api/v1/jobs/" + id).expect(200).json(), robot.output())
          .isEqualTo("CANCELLED");
      assertThat(robot.output()).contains("Job #" + id + " ended: CANCELLED");
    } finally {
      slow.close();
    }
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    page.navigate(orchestrator.url("/#/runs/" + id));
    assertThat(page.locator(".page-head [data-state=CANCELLED]")).isVisible();
  }

  private static String awaitState(long id, Set<String> wanted, int seconds)
      throws InterruptedException {
    String state = "";
    for (long end = System.nanoTime() + seconds * 1_000_000_000L; System.nanoTime() < end; ) {
      state = admin.get("/api/v1/jobs/" + id).expect(200).json().get("state").asString();
      if (wanted.contains(state)) {
        return state;
      }
      Thread.sleep(100);
    }
    return state;
  }

  private static List<String> cells(SheetRow row) {
    return Sheets.COLUMNS.stream().map(c -> row.cells().getOrDefault(c, "")).toList();
  }
}
