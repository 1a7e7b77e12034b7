package io.workforce.runtime.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.DialogAnswer;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.ElementTimeoutException;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SystemException;
import io.workforce.runtime.WaitState;
import io.workforce.runtime.engine.FlowRunner;
import io.workforce.runtime.engine.RunOptions;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.vault.Credential;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.portal.FiledApplication;
import io.workforce.samples.portal.PortalApplicant;
import io.workforce.samples.portal.PortalExport;
import io.workforce.samples.portal.PortalFiles;
import io.workforce.samples.portal.PortalSystem;
import io.workforce.samples.portal.PortalTruth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-network portal sample on each driver: every shape of today's forms on its own (image
 * code, new ids on every load, a hidden copy of the form, a select that posts back, selects filled
 * by fetch, a date box backed by a hidden field, a service picker in an open shadow root, a closed
 * shadow root, confirm(), the receipt in a new tab, a session that dies between the steps), and the
 * sample flow filing applications, checked field by field against the generated truth.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortalContract {

  private static final long SEED = 11;

  @TempDir Path dir;
  private SampleSystems systems;
  private PortalTruth truth;
  private PortalExport export;
  private BrowserDriver driver;
  private BrowserSession session;

  abstract BrowserDriver.Kind kind();

  @BeforeAll
  void start() {
    systems =
        SampleSystems.start(
            SampleOptions.builder().seed(SEED).records(5).exportEnabled(true).build());
    truth = systems.portalTruth();
    export = new PortalExport(systems.portalUrl());
    driver =
        BrowserDriver.start(kind(), DriverOptions.defaults().withTimeout(Duration.ofSeconds(5)));
    session = driver.newSession();
  }

  @AfterAll
  void stop() {
    driver.close();
    systems.close();
  }

  private static Selector s(String selector) {
    return Selector.parse(selector);
  }

  private void logIn(String user) {
    session.answerDialogs(DialogAnswer.ACCEPT);
    session.navigate(systems.portalLoginUrl());
    session.fill(s("label=用户名"), user);
    session.fill(s("label=密码"), "Ckry@2024");
    String token = session.attribute(s("input[name=captchaToken]"), "value");
    session.fill(s("label=验证码"), PortalSystem.captchaCode(SEED, token));
    session.click(s("role=button[name=登 录]"));
    session.waitFor(s("text=工作台"), WaitState.VISIBLE, Duration.ofSeconds(10));
  }

  private void step1(PortalApplicant a) {
    session.navigate(systems.portalUrl() + "/portal/apply");
    session.fill(s("label=申请人姓名 >> visible=true"), a.name());
    session.fill(s("label=身份证号码 >> visible=true"), a.idNumber());
    session.fill(s("label=联系电话 >> visible=true"), a.mobile());
    session.click(s("role=button[name=下一步] >> visible=true"));
  }

  @Test
  void theLogInPageWantsTheImageCodeExceptForTheTestAccount() {
    session.navigate(systems.portalLoginUrl());
    session.fill(s("label=用户名"), "ckry01");
    session.fill(s("label=密码"), "Ckry@2024");
    session.fill(s("label=验证码"), "0000x");
    session.click(s("role=button[name=登 录]"));
    assertThat(session.read(s(".msg"))).isEqualTo("验证码错误，请重新输入。");
    logIn("ckry01");
    session.navigate(systems.portalUrl() + "/logout");
    session.fill(s("label=用户名"), "ckry02");
    session.fill(s("label=密码"), "Ckry@2024");
    session.click(s("role=button[name=登 录]"));
    session.waitFor(s("text=工作台"), WaitState.VISIBLE, Duration.ofSeconds(10));
  }

  @Test
  void theOcrStepToldItsCharsAndPatternReadsTheImageCodeToLogIn() throws Exception {
    // ckry01 has to type the image code (only ckry02 is exempt): the log-in succeeds only when the
    // ocr step reads all four digits right
    String yaml =
        """
        flow: log-in-by-image-code
        systems:
          portal:
            url: ${env.PORTAL_URL}
            credential: portal-clerk
            login:
              - open: { system: portal, path: /login }
              - fill:
                  "label=用户名": ${credential.username}
                  "label=密码": ${credential.password}
              - ocr: { selector: "#captchaImg", chars: 0-9, pattern: '\\d{4}', into: code }
              - fill: { "label=验证码": "${code}" }
              - click: "role=button[name=登 录]"
              - wait_for: { url: "*/portal/home" }
        steps:
          - open: { system: portal, path: /portal/home }
          - read: { selector: "text=工作台", into: seen }
        """;
    Flow flow = FlowParser.create().parse("log-in-by-image-code.yaml", yaml);
    RunOptions options =
        RunOptions.defaults()
            .withRunsDir(dir.resolve("runs-ocr"))
            .withWorkDir(dir)
            .withRetries(1, Duration.ofMillis(200))
            .withStepTimeout(Duration.ofSeconds(6))
            .withEnv(Map.of("PORTAL_URL", systems.portalUrl()));
    RunSummary run =
        new FlowRunner(
                flow,
                options,
                name -> Optional.of(new Credential(name, "ckry01", "Ckry@2024", Map.of())),
                driver,
                null)
            .run(Inputs.fromFields(Map.of(), flow.input()), null);
    assertThat(run.results()).hasSize(1);
    ItemResult r = run.results().values().iterator().next();
    assertThat(r.status()).as(String.valueOf(r.reason())).isEqualTo(ItemStatus.SUCCEEDED);
  }

  @Test
  void idsChangeOnEveryLoadAndAHiddenCopyOfTheFormMakesLabelsAmbiguous() {
    logIn("ckry02");
    session.navigate(systems.portalUrl() + "/portal/apply");
    String first = session.attribute(s("label=申请人姓名 >> visible=true"), "id");
    session.navigate(systems.portalUrl() + "/portal/apply");
    String second = session.attribute(s("label=申请人姓名 >> visible=true"), "id");
    assertThat(first).startsWith("i_").isNotEqualTo(second);
    assertThat(session.count(s("label=申请人姓名"))).isEqualTo(2);
    assertThatThrownBy(() -> session.fill(s("label=申请人姓名"), "张三"))
        .isInstanceOf(SystemException.class)
        .hasMessageContaining("1) <input")
        .hasMessageContaining("2) <input")
        .hasMessageContaining(Messages.get("match.hidden"))
        .hasMessageContaining(Messages.get("match.visible"));
  }

  @Test
  void theModeSelectPostsThePageBackKeepingWhatWasTyped() {
    logIn("ckry02");
    session.navigate(systems.portalUrl() + "/portal/apply");
    session.fill(s("label=申请人姓名 >> visible=true"), "李四");
    assertThat(session.count(s("label=代办人姓名"))).isZero();
    session.select(s("label=办理方式 >> visible=true"), "代办");
    session.waitFor(s("label=代办人姓名"), WaitState.VISIBLE, Duration.ofSeconds(10));
    assertThat(session.read(s("label=申请人姓名 >> visible=true"))).isEqualTo("李四");
    assertThat(session.read(s("label=办理方式 >> visible=true"))).isEqualTo("agent");
  }

  @Test
  void onStepTwoSelectsFillByFetchTheServicePickerIsInAShadowRootAndTheDateIsHidden() {
    PortalApplicant a = truth.applicants().get(20);
    logIn("ckry02");
    step1(a);
    session.select(s("label=办理城市"), truth.regionName(a.cityCode()));
    session.select(s("label=办理区县"), truth.regionName(a.districtCode()));
    session.select(s("label=办理街道"), truth.regionName(a.streetCode()));
    assertThat(session.read(s("label=办理街道"))).isEqualTo(a.streetCode());
    session.check(s("label=\"" + truth.services().get(a.serviceCode()) + "\""), true);
    session.fill(s("label=事项说明"), "窗口测试");
    assertThat(session.read(s("input[name=serviceCode]"))).isEqualTo(a.serviceCode());
    assertThat(session.read(s("input[name=serviceNote]"))).isEqualTo("窗口测试");
    // the date box is read-only; forcing only it leaves the submitted field empty
    session.fill(s("label=预约日期"), "2027年2月3日", true);
    session.click(s("role=button[name=提交申请]"));
    assertThat(session.read(s(".msg"))).isEqualTo("请选择预约日期。");
    // a person clicks through the calendar, which writes the hidden field
    session.click(s("label=预约日期"));
    session.click(s(".cal .next"));
    session.click(s("xpath=//div[@class='cal']//button[@data-date='2027-02-03']"));
    assertThat(session.read(s("label=预约日期"))).isEqualTo("2027年2月3日");
    assertThat(session.read(s("input[name=appointment]"))).isEqualTo("2027-02-03");
    // and a script can set the hidden field, returning what it set
    assertThat(
            session.script(
                "(el, v) => { el.value = v; return el.value; }",
                s("input[name=appointment]"),
                List.of("2027-02-04")))
        .isEqualTo("2027-02-04");
  }

  @Test
  void theSignatureWidgetIsAClosedShadowRootAndTheErrorSaysSo() {
    logIn("ckry02");
    step1(truth.applicants().get(21));
    assertThatThrownBy(() -> session.click(s("text=电子签名（可选）")))
        .isInstanceOf(ElementTimeoutException.class)
        .hasMessageContaining("<e-sign>")
        .hasMessageContaining("电子签名");
  }

  @Test
  void theSampleFlowFilesEachApplicationOnceAsTheListSays() throws Exception {
    List<PortalApplicant> list = truth.applicants().subList(0, 6);
    RunSummary run = run(list);
    Map<String, FiledApplication> filed = filedById();
    for (PortalApplicant a : list) {
      ItemResult r = run.results().get(a.seq());
      assertThat(r.status()).as(a.seq() + ": " + r.reason()).isEqualTo(ItemStatus.SUCCEEDED);
      assertFiled(a, filed.get(a.idNumber()));
      assertThat(r.outputs().get("receipt")).isEqualTo(filed.get(a.idNumber()).receiptNo());
    }
  }

  @Test
  void aSessionThatDiesBetweenTheStepsIsLoggedInAgainAndNothingIsFiledTwice() throws Exception {
    List<PortalApplicant> list = truth.applicants().subList(6, 10);
    export.dropSessionEvery(2);
    try {
      RunSummary run = run(list);
      Map<String, FiledApplication> filed = filedById();
      for (PortalApplicant a : list) {
        ItemResult r = run.results().get(a.seq() - 6);
        assertThat(r.status()).as(a.seq() + ": " + r.reason()).isEqualTo(ItemStatus.SUCCEEDED);
        assertFiled(a, filed.get(a.idNumber()));
      }
      assertThat(run.results().values().stream().mapToInt(ItemResult::attempts).sum())
          .isGreaterThan(list.size());
      // lost before the submit: the retry runs from the start, no look-up needed
      assertThat(onceLogs(run, "once.found")).isEmpty();
      assertThat(onceLogs(run, "once.notFound")).isEmpty();
      // the lost session is noticed at the next step, in milliseconds, and named as what it is;
      // no step waits out its timeout for an element of a page that went to the log-in page
      List<tools.jackson.databind.JsonNode> failed =
          Files.readAllLines(run.runDir().resolve(io.workforce.runtime.journal.JournalWriter.FILE))
              .stream()
              .map(io.workforce.runtime.journal.JournalWriter::parse)
              .filter(e -> "step_end".equals(e.path("type").asString()))
              .filter(e -> "failed".equals(e.path("outcome").asString()))
              .filter(e -> !e.path("message").isNull() && !e.path("message").isMissingNode())
              .toList();
      assertThat(failed).isNotEmpty();
      String lost = io.workforce.runtime.Messages.get("run.sessionLost", "portal");
      for (tools.jackson.databind.JsonNode e : failed) {
        assertThat(e.path("message").asString()).as(e.toString()).startsWith(lost);
        assertThat(e.path("millis").asLong()).as(e.toString()).isLessThan(3000);
      }
    } finally {
      export.dropSessionEvery(0);
    }
  }

  @Test
  void aSessionThatDiesRightAfterTheSubmitIsLookedUpOnTheRetryAndNotFiledAgain() throws Exception {
    List<PortalApplicant> list = truth.applicants().subList(10, 13);
    export.dropSessionAfterSubmitEvery(2); // the second application goes in, its answer never
    try {
      RunSummary run = run(list);
      Map<String, FiledApplication> filed = filedById();
      for (PortalApplicant a : list) {
        ItemResult r = run.results().get(a.seq() - 10);
        assertThat(r.status()).as(a.seq() + ": " + r.reason()).isEqualTo(ItemStatus.SUCCEEDED);
        assertFiled(a, filed.get(a.idNumber()));
        assertThat(r.outputs().get("receipt")).isEqualTo(filed.get(a.idNumber()).receiptNo());
      }
      assertThat(run.results().get(2).attempts()).isEqualTo(2);
      // the retry looked the application up and went on after the submit: found once, in item 2
      assertThat(onceLogs(run, "once.found")).containsExactly(2);
      assertThat(onceLogs(run, "once.notFound")).isEmpty();
    } finally {
      export.dropSessionEvery(0);
    }
  }

  /** The items whose journal logs this once message (the look-up's outcome), in order. */
  private static List<Integer> onceLogs(RunSummary run, String key) throws Exception {
    String text = Messages.get(key, "steps[10].once");
    return Files.readAllLines(run.runDir().resolve(io.workforce.runtime.journal.JournalWriter.FILE))
        .stream()
        .map(io.workforce.runtime.journal.JournalWriter::parse)
        .filter(e -> text.equals(e.path("message").asString()))
        .map(e -> e.path("item").asInt())
        .toList();
  }

  private Map<String, FiledApplication> filedById() {
    List<FiledApplication> all = export.applications();
    assertThat(all.stream().map(FiledApplication::idNumber).distinct().count())
        .as("no one filed twice")
        .isEqualTo(all.size());
    return all.stream().collect(Collectors.toMap(FiledApplication::idNumber, Function.identity()));
  }

  private void assertFiled(PortalApplicant a, FiledApplication f) {
    assertThat(f).as("filed: " + a.name()).isNotNull();
    assertThat(f.name()).isEqualTo(a.name());
    assertThat(f.mobile()).isEqualTo(a.mobile());
    assertThat(f.agentName()).isEqualTo(a.agentName());
    assertThat(f.agentMobile()).isEqualTo(a.agentMobile());
    assertThat(f.cityCode()).isEqualTo(a.cityCode());
    assertThat(f.districtCode()).isEqualTo(a.districtCode());
    assertThat(f.streetCode()).isEqualTo(a.streetCode());
    assertThat(f.serviceCode()).isEqualTo(a.serviceCode());
    assertThat(f.appointment()).isEqualTo(a.appointment());
    assertThat(f.remark()).isEqualTo(a.remark());
    assertThat(f.receiptNo()).matches("YWTB\\d{8}-\\d{4}");
  }

  private RunSummary run(List<PortalApplicant> list) throws Exception {
    Path csv =
        Files.write(
            dir.resolve("list-" + list.get(0).seq() + ".csv"), PortalFiles.csv(truth, list));
    Flow flow = FlowParser.create().parse(SampleRig.FLOWS.resolve("file-portal-applications.yaml"));
    RunOptions options =
        RunOptions.defaults()
            .withRunsDir(dir.resolve("runs"))
            .withWorkDir(dir)
            .withRetries(3, Duration.ofMillis(200))
            .withStepTimeout(Duration.ofSeconds(6))
            .withEnv(Map.of("PORTAL_URL", systems.portalUrl()));
    return new FlowRunner(
            flow,
            options,
            name -> Optional.of(new Credential(name, "ckry02", "Ckry@2024", Map.of())),
            driver,
            null)
        .run(Inputs.fromFile(csv, flow.input(), Map.of()), null);
  }
}
