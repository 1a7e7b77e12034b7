package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.JobUpdate;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 21, item 2: a run's report and result file (xlsx, CSV) at any time, to exactly who may see
 * the run, with the inputs and outputs under the labels the flow declares: never a raw key.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class RunResultIT {

  @Parameter TestDb db;
  static TestOrchestrator orchestrator;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    orchestrator = TestOrchestrator.start(db);
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    orchestrator.close();
  }

  static String flow(String name) {
    return """
        flow: %s
        version: 1
        description: 申请
        manual_minutes_per_item: 5
        systems:
          portal:
            url: http://127.0.0.1:9/
            max_sessions: 10
        input:
          form:
            - { name: district, label: 所在区, type: choice, choices: [黄浦区, 徐汇区] }
            - { name: amount, label: 申请金额, type: number, min: 0, max: 1000000 }
        output:
          receipt: 受理编号
        steps:
          - open: { system: portal, path: "/apply?d=${item.district}&a=${item.amount}" }
          - output: { receipt: "R-1" }
        """
        .formatted(name);
  }

  @Test
  void theClerkWhoRanItAndSupervisorsGetTheLabelledResultOthersDoNot() throws Exception {
    String suffix = db.name().toLowerCase(Locale.ROOT);
    String name = "result-form-" + suffix;
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/flows", Map.of("source", flow(name))).expect(201);
    AdminApi clerk = orchestrator.person("res-li-" + suffix, "CLERK");
    AdminApi other = orchestrator.person("res-zhao-" + suffix, "CLERK");
    AdminApi supervisor = orchestrator.person("res-sup-" + suffix, "SUPERVISOR");
    admin
        .put(
            "/api/v1/flows/" + name + "/shares",
            List.of(Map.of("user", "res-li-" + suffix), Map.of("user", "res-zhao-" + suffix)))
        .expect(200);
    long job =
        clerk
            .post(
                "/api/v1/jobs",
                Map.of("flow", name, "inputs", Map.of("district", "徐汇区", "amount", 1200)))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    SimRobot robot = SimRobot.enrol(orchestrator, "result-robot-" + suffix);
    robot.take(job);
    orchestrator
        .anonymous()
        .withToken(robot.token())
        .post(
            "/api/v1/robot/jobs/" + job + "/items",
            List.of(
                Map.of(
                    "reference",
                    "form",
                    "outcome",
                    "SUCCESSFUL",
                    "index",
                    1,
                    "inputs",
                    Map.of("district", "徐汇区", "amount", 1200),
                    "outputs",
                    Map.of("receipt", "=SL-2026-0001"))))
        .expect(204);
    robot.client().updateJob(job, JobUpdate.succeeded(Map.of()));

    JsonNode table = clerk.get("/api/v1/jobs/" + job + "/result").expect(200).json();
    List<String> columns = texts(table.get("columns"));
    assertThat(columns).containsExactly("序号", "所在区", "申请金额", "结果", "原因", "受理编号");
    assertThat(texts(table.get("rows").get(0)))
        .containsExactly("1", "徐汇区", "1200", "成功", "", "=SL-2026-0001");
    assertThat(table.toString()).doesNotContain("district", "receipt", "jf_");

    JsonNode english = supervisor.get("/api/v1/jobs/" + job + "/result?lang=en").expect(200).json();
    assertThat(texts(english.get("columns"))).contains("Outcome", "Reason", "受理编号");
    assertThat(texts(english.get("rows").get(0))).contains("succeeded").doesNotContain("成功");

    byte[] xlsx = download(clerk, "/api/v1/jobs/" + job + "/result.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("结果");
      assertThat(cells(sheet.getRow(0))).isEqualTo(columns);
      assertThat(cells(sheet.getRow(1)))
          .containsExactly("1", "徐汇区", "1200", "成功", "", "=SL-2026-0001");
      assertThat(sheet.getRow(1).getCell(5).getCellType())
          .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
    }
    String csv =
        new String(download(clerk, "/api/v1/jobs/" + job + "/result.csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFF序号,所在区,申请金额,结果,原因,受理编号")
        .contains("1,徐汇区,1200,成功,,'=SL-2026-0001");

    for (String path : List.of("/result", "/result.xlsx", "/result.csv")) {
      assertThat(other.get("/api/v1/jobs/" + job + path).status())
          .as("another clerk's " + path)
          .isEqualTo(404);
      assertThat(orchestrator.anonymous().get("/api/v1/jobs/" + job + path).status())
          .as("anonymous " + path)
          .isEqualTo(401);
    }
    assertThat(supervisor.get("/api/v1/jobs/" + job + "/result.csv").status()).isEqualTo(200);
    assertThat(admin.get("/api/v1/jobs/999999/result").expect(404).body())
        .doesNotContain("Exception");
  }

  /** The raw bytes of a download, through the person's session (cookies) like a browser link. */
  private static byte[] download(AdminApi person, String path) throws Exception {
    AdminApi.Response r = person.get(path).expect(200);
    assertThat(r.headers().getOrDefault("content-disposition", List.of()).toString())
        .contains("attachment");
    // Response keeps text; fetch the bytes again with the same session cookie
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(orchestrator.baseUri() + path))
            .header("Cookie", "WORKFORCE_SESSION=" + person.cookie("WORKFORCE_SESSION"))
            .GET()
            .build();
    HttpResponse<byte[]> bytes = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(bytes.statusCode()).isEqualTo(200);
    return bytes.body();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static List<String> cells(Row row) {
    List<String> out = new ArrayList<>();
    row.forEach(c -> out.add(c.getStringCellValue()));
    return out;
  }
}
