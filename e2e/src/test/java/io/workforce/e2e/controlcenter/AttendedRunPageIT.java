package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A clerk's attended (desktop) run, reported to the orchestrator as the assistant reports it, on
 * the run page: marked as attended instead of a robot, and its report and result file (Excel and
 * CSV) offered there, with the flow's labels and each item's outputs.
 */
class AttendedRunPageIT extends BrowserTest {

  static final String CLERK = "desk-qin";
  static final String FLOW = "desk-intake";
  static String password;
  static long job;

  @BeforeAll
  static void anAttendedRunWithTwoItems() {
    password = Fixtures.person(admin, orchestrator.baseUri(), CLERK, "秦办事员", "CLERK");
    admin
        .post("/api/v1/credentials", Map.of("name", "desk-intake-own", "kind", "PERSONAL"))
        .expect(201);
    admin.post("/api/v1/flows", Map.of("source", flow())).expect(201);
    admin.put("/api/v1/flows/" + FLOW + "/shares", List.of(Map.of("user", CLERK))).expect(200);
    Api clerk = Api.login(orchestrator.baseUri(), CLERK, password);
    clerk
        .put(
            "/api/v1/me/credentials/desk-intake-own",
            Map.of("username", "qin01", "secret", "Qin-desk-pw-9"))
        .expect(204);
    job =
        clerk
            .post("/api/v1/me/flows/" + FLOW + "/attended-run", "")
            .expect(200)
            .json()
            .get("jobId")
            .asLong();
    clerk
        .post(
            "/api/v1/me/runs/" + job + "/items",
            List.of(
                Map.of(
                    "reference",
                    "row-1",
                    "outcome",
                    "SUCCESSFUL",
                    "index",
                    1,
                    "inputs",
                    Map.of("code", "A-1"),
                    "outputs",
                    Map.of("receipt", "SL-DESK-0001", "result", "已录入")),
                Map.of(
                    "reference",
                    "row-2",
                    "outcome",
                    "UNCHANGED",
                    "reason",
                    "已受理",
                    "index",
                    2,
                    "inputs",
                    Map.of("code", "A-2"),
                    "outputs",
                    Map.of("receipt", "SL-DESK-0002", "result", "重复，未录入"))))
        .expect(204);
    clerk
        .post("/api/v1/me/runs/" + job + "/end", Map.of("state", "SUCCEEDED", "result", Map.of()))
        .expect(204);
  }

  static String flow() {
    return """
        flow: %s
        version: 1
        description: 桌面受理
        manual_minutes_per_item: 4
        runs_on: [desktop]
        systems:
          intake:
            url: http://127.0.0.1:9/
            credential: desk-intake-own
            login:
              - open: { system: intake, path: /login }
        input:
          form:
            - { name: code, label: 编号, type: text, required: true }
        output:
          receipt: 受理编号
          result: 处理结果
        steps:
          - open: { system: intake, path: "/case?c=${item.code}" }
        """
        .formatted(FLOW);
  }

  @Test
  void theRunPageMarksTheRunAttendedAndOffersItsReportAndResultFiles() throws IOException {
    login(CLERK, password);
    open("#/runs/" + job);
    assertThat(page.locator("[data-run]")).containsText(FLOW);
    assertThat(page.locator("[data-value=attended]")).hasText("有人值守（办事员本机运行）");
    assertThat(page.locator("[data-robot]")).hasCount(0);
    Screens.save(page, "control-center-attended-run");

    List<List<String>> xlsx = rows(download("xlsx"));
    assertThat(xlsx.get(0)).contains("受理编号", "处理结果");
    assertThat(xlsx).anySatisfy(r -> assertThat(r).contains("SL-DESK-0001", "已录入"));
    assertThat(xlsx).anySatisfy(r -> assertThat(r).contains("SL-DESK-0002", "重复，未录入"));

    String csv = Files.readString(download("csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains("受理编号", "处理结果", "SL-DESK-0001", "SL-DESK-0002");

    page.locator("[data-action=report]").click();
    Locator report = page.locator("[data-report=run]");
    assertThat(report).containsText(FLOW + " v1 · #" + job);
    assertThat(report.locator("thead")).containsText("受理编号");
    assertThat(report.locator("tbody tr")).hasCount(2);
    assertThat(report.locator("tbody")).containsText("SL-DESK-0001");
    assertThat(report.locator("tbody")).containsText("SL-DESK-0002");
    assertThat(page.locator(".modal [data-action=xlsx]")).isVisible();
    assertThat(page.locator(".modal [data-action=csv]")).isVisible();
  }

  private Path download(String format) {
    Download d =
        page.waitForDownload(() -> page.locator(".page-head [data-action=" + format + "]").click());
    assertThat(d.failure()).isNull();
    // the server names the file (Content-Disposition)
    assertThat(d.suggestedFilename()).isEqualTo("run-" + job + "-result." + format);
    return d.path();
  }

  private static List<List<String>> rows(Path xlsx) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter text = new DataFormatter();
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook book = WorkbookFactory.create(in)) {
      for (Row row : book.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(text.formatCellValue(c)));
        rows.add(cells);
      }
    }
    return rows;
  }
}
