package io.workforce.e2e.assistant;

import static io.workforce.e2e.assistant.SwingDriver.awaitText;
import static io.workforce.e2e.assistant.SwingDriver.click;
import static io.workforce.e2e.assistant.SwingDriver.find;
import static io.workforce.e2e.assistant.SwingDriver.run;
import static io.workforce.e2e.assistant.SwingDriver.text;
import static io.workforce.e2e.assistant.SwingDriver.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.e2e.robots.LiveOrchestrator;
import io.workforce.e2e.robots.RestClient;
import io.workforce.e2e.robots.RobotProcess;
import io.workforce.runtime.assistant.AssistantFrame;
import io.workforce.runtime.assistant.AssistantMain;
import io.workforce.runtime.assistant.login.Keyring;
import io.workforce.runtime.assistant.login.Prefs;
import io.workforce.runtime.assistant.run.DesktopSettings;
import io.workforce.runtime.input.Tables;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.swing.JFileChooser;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The clerk's desktop assistant, its real Swing window on a real X server (Xvfb, see {@code
 * src/test/xvfb/bin/java}), against a real orchestrator on H2, a real robot process and the sample
 * systems: log-in errors, the shared flows, a missing personal credential, form checks, a run on
 * the server robot with the result and its spreadsheet, a cancelled run, and an attended run here
 * with a browser on the display. The tests are steps of one session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssistantIT {

  static final String FLOW = "enter-from-spreadsheet";
  static final Path FLOWS = Path.of("..", "samples", "flows").toAbsolutePath().normalize();
  static final Path SAMPLE_DIRTY =
      Path.of("..", "samples", "data", "subsidy-applications-dirty.xlsx")
          .toAbsolutePath()
          .normalize();

  /**
   * Rows of the dirty sheet the runs take (row 7 has a wrong check digit): fewer rows, shorter
   * test.
   */
  static final int ROWS = 6;

  static final Path CLEAN =
      Path.of("..", "samples", "data", "subsidy-applications.xlsx").toAbsolutePath().normalize();
  static final String PASSWORD = "Clerk-assistant-e2e-2026";

  SampleSystems samples;
  LiveOrchestrator orchestrator;
  RestClient admin;
  RobotProcess robot;
  Path dir;
  Path dirty;
  AssistantFrame frame;

  @BeforeAll
  void start() throws IOException {
    assertThat(GraphicsEnvironment.isHeadless())
        .as("runs under Xvfb (src/test/xvfb/bin/java)")
        .isFalse();
    dir = Files.createTempDirectory("workforce-assistant-");
    dirty = firstRows(SAMPLE_DIRTY, ROWS, dir.resolve("育儿补贴申领表.xlsx"));
    samples = SampleSystems.start(SampleOptions.builder().build());
    orchestrator =
        LiveOrchestrator.start(
            LiveOrchestrator.Db.H2,
            Map.of(
                "workforce.robots.heartbeat-interval",
                "1s",
                "workforce.robots.offline-after",
                "20s"));
    admin = orchestrator.admin();
    for (String flow : List.of(FLOW, "sync-registrations", "verify-applications")) {
      admin
          .post(
              "/api/v1/flows",
              Map.of(
                  "source",
                  Files.readString(FLOWS.resolve(flow + ".yaml")),
                  "sourceName",
                  flow + ".yaml",
                  "live",
                  true))
          .expect(201);
    }
    admin.post("/api/v1/credentials", Map.of("name", "intake-clerk", "kind", "SHARED")).expect(201);
    admin
        .put(
            "/api/v1/credentials/intake-clerk/value",
            Map.of(
                "username",
                SampleSystems.account("intake").username(),
                "secret",
                SampleSystems.account("intake").password()))
        .expect(204);
    // a shared robot account goes to a clerk's own machine only once an administrator allows it
    admin.put("/api/v1/credentials/intake-clerk/desktop-use", Map.of("allowed", true)).expect(200);
    admin
        .post("/api/v1/credentials", Map.of("name", "registry-clerk", "kind", "PERSONAL"))
        .expect(201);
    admin
        .post(
            "/api/v1/users",
            Map.of(
                "username",
                "wang",
                "displayName",
                "王办事员",
                "roles",
                List.of("CLERK"),
                "password",
                PASSWORD))
        .expect(201);
    admin.put("/api/v1/flows/" + FLOW + "/shares", List.of(Map.of("user", "wang"))).expect(200);
    admin
        .put("/api/v1/flows/sync-registrations/shares", List.of(Map.of("user", "wang")))
        .expect(200);
    String key =
        admin
            .post(
                "/api/v1/enrolment-keys",
                Map.of("label", "assistant e2e", "maxUses", 2, "validFor", "P1D"))
            .expect(201)
            .json()
            .path("key")
            .asString();
    robot =
        RobotProcess.start(
            "robot-assistant",
            dir.resolve("robot"),
            orchestrator.baseUri(),
            key,
            Map.of(
                "REGISTRY_URL",
                samples.registryUrl(),
                "INTAKE_URL",
                samples.intakeUrl(),
                "HEALTH_URL",
                samples.healthUrl()));
    DesktopSettings here =
        new DesktopSettings(
            dir.resolve("runs"),
            Map.of(
                "INTAKE_URL",
                samples.intakeUrl(),
                "REGISTRY_URL",
                samples.registryUrl(),
                "HEALTH_URL",
                samples.healthUrl()),
            false,
            Clock.systemUTC());
    frame =
        SwingDriver.onEdt(
            () -> {
              AssistantFrame f =
                  AssistantMain.open(Prefs.in(dir.resolve("home")), Keyring.none(), here);
              f.setVisible(true);
              return f;
            });
  }

  @AfterAll
  void stop() {
    if (frame != null) {
      run(frame::dispose);
    }
    if (robot != null) {
      robot.close();
    }
    if (orchestrator != null) {
      orchestrator.close();
    }
    if (samples != null) {
      samples.close();
    }
  }

  @Test
  @Order(1)
  void anUnreachableServerAndAWrongPasswordAreToldPlainlyAndNothingIsStoredWithoutAKeyring()
      throws IOException {
    assertThat(text("login.remember")).contains("钥匙串");
    javax.swing.JCheckBox remember = find("login.remember", javax.swing.JCheckBox.class);
    assertThat(SwingDriver.onEdt(remember::isEnabled)).isFalse();
    SwingDriver.screenshot(frame, "assistant-login", true);
    type("login.server", "http://127.0.0.1:" + freePort());
    type("login.user", "wang");
    type("login.password", PASSWORD);
    click("login.submit");
    assertThat(awaitText("login.status", "无法连接服务器", Duration.ofSeconds(30))).contains("127.0.0.1");
    type("login.server", orchestrator.baseUri().toString());
    type("login.password", "not-the-password");
    click("login.submit");
    awaitText("login.status", "用户名或密码错误", Duration.ofSeconds(30));
  }

  @Test
  @Order(2)
  void aClerkSeesOnlyTheFlowsSharedWithHerSearchesThemAndMarksAFavourite() throws IOException {
    type("login.password", PASSWORD);
    click("login.submit");
    JList<?> list = find("flows.list", JList.class);
    SwingDriver.await(
        "two flows listed",
        Duration.ofSeconds(20),
        () -> SwingDriver.onEdt(() -> list.getModel().getSize()) == 2);
    assertThat(names(list)).containsExactlyInAnyOrder(FLOW, "sync-registrations");
    assertThat(Prefs.in(dir.resolve("home")).user()).isEqualTo("wang");
    assertThat(Files.readString(dir.resolve("home").resolve("assistant.properties")))
        .doesNotContain(PASSWORD);
    type("flows.search", "sync");
    assertThat(names(list)).containsExactly("sync-registrations");
    type("flows.search", "");
    select(list, FLOW);
    click("flows.favourite");
    SwingDriver.await(
        "favourite first", Duration.ofSeconds(5), () -> names(list).get(0).equals(FLOW));
    assertThat(Prefs.in(dir.resolve("home")).favourites()).containsExactly(FLOW);
  }

  @Test
  @Order(3)
  void aMissingPersonalCredentialIsToldBeforeTheStartAndTheClerkSetsItHere() {
    JList<?> list = find("flows.list", JList.class);
    select(list, "sync-registrations");
    assertThat(text("form.credWarning")).contains("registry-clerk");
    click("form.start");
    awaitText("form.errors", "registry-clerk", Duration.ofSeconds(5));
    assertThat(admin.get("/api/v1/jobs").expect(200).json().size())
        .as("nothing was started")
        .isZero();

    javax.swing.JTabbedPane tabs = find("main.tabs", javax.swing.JTabbedPane.class);
    run(() -> tabs.setSelectedIndex(1));
    JTable creds = find("creds.table", JTable.class);
    SwingDriver.await(
        "credentials listed",
        Duration.ofSeconds(10),
        () -> SwingDriver.onEdt(creds::getRowCount) == 1);
    assertThat(SwingDriver.onEdt(() -> creds.getValueAt(0, 2))).isEqualTo("未设置");
    assertThat(SwingDriver.onEdt(() -> creds.getValueAt(0, 3))).isEqualTo("sync-registrations");
    run(() -> creds.setRowSelectionInterval(0, 0));
    click("creds.set");
    type("creds.dialog.user", "djy01");
    type(
        "creds.dialog.secret",
        SampleSystems.accounts().stream()
            .filter(a -> a.username().equals("djy01"))
            .findFirst()
            .orElseThrow()
            .password());
    JOptionPane pane =
        (JOptionPane)
            javax.swing.SwingUtilities.getAncestorOfClass(
                JOptionPane.class, find("creds.dialog.user", JTextField.class));
    run(() -> pane.setValue(JOptionPane.OK_OPTION));
    SwingDriver.await(
        "value set",
        Duration.ofSeconds(10),
        () -> "已设置".equals(SwingDriver.onEdt(() -> creds.getValueAt(0, 2))));
    run(() -> tabs.setSelectedIndex(0));
    select(list, FLOW);
    select(list, "sync-registrations");
    SwingDriver.await(
        "no warning any more",
        Duration.ofSeconds(5),
        () -> !SwingDriver.showing("form.credWarning"));
  }

  @Test
  @Order(4)
  void theStartFormChecksTheSpreadsheetBeforeAnythingIsSent() throws IOException {
    select(find("flows.list", JList.class), FLOW);
    assertThat(SwingDriver.showing("form.placement.robot")).isTrue();
    assertThat(SwingDriver.showing("form.placement.desktop"))
        .as("runs_on: [desktop, robot]")
        .isTrue();
    click("form.start");
    awaitText("form.errors", "必填", Duration.ofSeconds(5));
    Path csv = Files.writeString(dir.resolve("cases.csv"), "序号\n1\n");
    type("form.field.file", csv.toString());
    click("form.start");
    awaitText("form.errors", "不是 xlsx 文件", Duration.ofSeconds(5));
    assertThat(admin.get("/api/v1/jobs").expect(200).json().size()).isZero();
  }

  @Test
  @Order(5)
  void aRunOnTheServerRobotShowsProgressThenEveryRowsResultAndSavesTheResultSpreadsheet()
      throws Exception {
    chooseSheet(dirty);
    assertThat(text("form.count")).contains("共 " + ROWS + " 行数据");
    JTable preview = find("form.preview", JTable.class);
    assertThat(SwingDriver.onEdt(preview::getRowCount)).isEqualTo(5);
    SwingDriver.screenshot(frame, "assistant-form", true);
    click("form.start");
    awaitText("run.counts", "已完成", Duration.ofSeconds(20));
    SwingDriver.await(
        "a step shown, or the run already over",
        Duration.ofSeconds(60),
        () ->
            SwingDriver.showing("result.headline")
                || SwingDriver.showing("run.step") && text("run.step").contains("steps["));
    if (!SwingDriver.showing("result.headline")) {
      SwingDriver.screenshot(frame, "assistant-run", true);
    }
    String headline = awaitText("result.headline", "完成", Duration.ofSeconds(120));
    JsonNode job = admin.get("/api/v1/jobs?flow=" + FLOW).expect(200).json().get(0);
    JsonNode items =
        admin.get("/api/v1/jobs/" + job.path("id").asLong() + "/items").expect(200).json();
    long failed = 0;
    for (JsonNode i : items) {
      // "done, nothing changed" (an already entered child) ended well too
      failed += List.of("SUCCESSFUL", "UNCHANGED").contains(i.path("outcome").asString()) ? 0 : 1;
    }
    assertThat(items.size()).isEqualTo(ROWS);
    assertThat(failed).as("the dirty sheet has bad rows").isPositive();
    assertThat(headline).contains("成功 " + (ROWS - failed) + " 项，失败 " + failed + " 项");
    JTable table = find("result.table", JTable.class);
    assertThat(SwingDriver.onEdt(table::getRowCount)).isEqualTo(ROWS);
    assertThat(String.valueOf(SwingDriver.onEdt(() -> table.getValueAt(0, 2))))
        .as("failed rows first, with reasons")
        .isNotBlank();
    SwingDriver.screenshot(frame, "assistant", true);

    Path saved = dir.resolve("结果.xlsx");
    click("result.save");
    JFileChooser chooser = SwingDriver.findType(JFileChooser.class);
    run(
        () -> {
          chooser.setSelectedFile(saved.toFile());
          chooser.approveSelection();
        });
    SwingDriver.await(
        "result spreadsheet saved", Duration.ofSeconds(10), () -> Files.isRegularFile(saved));
    List<List<String>> rows = Tables.xlsx(saved, null);
    assertThat(rows).hasSize(ROWS + 1);
    assertThat(rows.get(0)).startsWith("行", "结果", "原因");
    assertThat(
            rows.stream().filter(r -> r.get(1).equals("业务错误") || r.get(1).equals("系统错误")).count())
        .isEqualTo(failed);
    click("result.report");
    awaitText("result.status", "/#/runs/" + job.path("id").asLong(), Duration.ofSeconds(10));
  }

  @Test
  @Order(6)
  void aRunningRunIsCancelled() {
    click("result.back");
    select(find("flows.list", JList.class), "sync-registrations");
    select(find("flows.list", JList.class), FLOW);
    chooseSheet(CLEAN);
    click("form.start");
    // cancelled once the robot is into the rows (a stop while it is still checking out credentials
    // ends the job
    // FAILED, not CANCELLED: the orchestrator hands credentials only to ASSIGNED or RUNNING jobs)
    SwingDriver.await(
        "a row done",
        Duration.ofSeconds(90),
        () -> SwingDriver.showing("run.counts") && text("run.counts").matches("已完成 [1-9].*"));
    click("run.cancel");
    awaitText("result.headline", "已取消", Duration.ofSeconds(90));
    JsonNode job = admin.get("/api/v1/jobs?flow=" + FLOW).expect(200).json().get(0);
    assertThat(job.path("state").asString()).isEqualTo("CANCELLED");
  }

  @Test
  @Order(7)
  void anAttendedRunHereUsesABrowserOnTheDisplayAndChecksOutTheCredentialForThisRunOnly()
      throws Exception {
    int jobsBefore = admin.get("/api/v1/jobs").expect(200).json().size();
    if (SwingDriver.showing("result.back")) {
      click("result.back");
    }
    select(find("flows.list", JList.class), "sync-registrations");
    select(find("flows.list", JList.class), FLOW);
    chooseSheet(dirty);
    click("form.placement.desktop");
    click("form.start");
    String headline = awaitText("result.headline", "完成", Duration.ofSeconds(150));
    assertThat(headline).contains("成功").contains("失败");
    JTable table = find("result.table", JTable.class);
    assertThat(SwingDriver.onEdt(table::getRowCount)).isEqualTo(ROWS);
    click("result.report");
    String status = awaitText("result.status", "report.html", Duration.ofSeconds(10));
    Path report = Files.list(dir.resolve("runs")).findFirst().orElseThrow().resolve("report.html");
    assertThat(report).isRegularFile();
    assertThat(Files.readString(report))
        .contains(FLOW)
        .doesNotContain(SampleSystems.account("intake").password());
    assertThat(status).contains("report.html");
    // issue 21: the attended run is a run of the orchestrator too (no robot), with every row
    JsonNode jobs = admin.get("/api/v1/jobs").expect(200).json();
    assertThat(jobs.size()).as("the attended run is kept as a run").isEqualTo(jobsBefore + 1);
    JsonNode attended = admin.get("/api/v1/jobs?flow=" + FLOW).expect(200).json().get(0);
    assertThat(attended.path("attended").asBoolean()).isTrue();
    assertThat(attended.path("robotId").isNull()).isTrue();
    assertThat(attended.path("startedBy").asString()).isEqualTo("wang");
    assertThat(attended.path("state").asString()).isEqualTo("SUCCEEDED");
    assertThat(
            admin
                .get("/api/v1/jobs/" + attended.path("id").asLong() + "/items")
                .expect(200)
                .json()
                .size())
        .isEqualTo(ROWS);
    assertThat(admin.get("/api/v1/credentials/intake-clerk/checkouts").expect(200).body())
        .contains("desktop run of " + FLOW + " by wang");
  }

  private void chooseSheet(Path file) {
    JTextField field = find("form.field.file", JTextField.class);
    run(
        () -> {
          field.setText(file.toString());
          field.postActionEvent();
        });
    awaitText("form.count", "行数据", Duration.ofSeconds(20));
  }

  /** The header and the first {@code rows} rows of a sheet, as a new xlsx. */
  private static Path firstRows(Path source, int rows, Path target) throws IOException {
    try (var book =
            org.apache.poi.ss.usermodel.WorkbookFactory.create(source.toFile(), null, true);
        var out = Files.newOutputStream(target)) {
      var copy = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
      var to = copy.createSheet("申领表");
      var from = book.getSheetAt(0);
      var format = new org.apache.poi.ss.usermodel.DataFormatter();
      for (int r = 0; r <= rows; r++) {
        var row = to.createRow(r);
        var src = from.getRow(r);
        for (int c = 0; c < src.getLastCellNum(); c++) {
          row.createCell(c).setCellValue(format.formatCellValue(src.getCell(c)));
        }
      }
      copy.write(out);
      copy.close();
    }
    return target;
  }

  private static List<String> names(JList<?> list) {
    return SwingDriver.onEdt(
        () -> {
          List<String> out = new java.util.ArrayList<>();
          for (int i = 0; i < list.getModel().getSize(); i++) {
            out.add(
                ((io.workforce.runtime.assistant.api.Dtos.StartableFlow)
                        list.getModel().getElementAt(i))
                    .name());
          }
          return out;
        });
  }

  private static void select(JList<?> list, String flow) {
    int index = names(list).indexOf(flow);
    assertThat(index).as("flow %s listed", flow).isNotNegative();
    run(() -> list.setSelectedIndex(index));
    SwingDriver.pause(200);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
