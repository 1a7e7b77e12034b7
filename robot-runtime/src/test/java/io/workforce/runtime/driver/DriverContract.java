package io.workforce.runtime.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.workforce.runtime.BrowserCrashedException;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.DialogAnswer;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.ElementTimeoutException;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SelectorException;
import io.workforce.runtime.SystemException;
import io.workforce.runtime.WaitState;
import io.workforce.testkit.FixtureServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link BrowserDriver} must do, the same way: run by {@code PlaywrightDriverIT} and
 * {@code SeleniumDriverIT} against the fixture pages. One driver and one session per class
 * (browsers are the cost); the crash test runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DriverContract {

  private FixtureServer server;
  private BrowserDriver driver;
  private BrowserSession session;

  abstract BrowserDriver.Kind kind();

  @BeforeAll
  void startBrowser() {
    server = FixturePages.start();
    driver =
        BrowserDriver.start(kind(), DriverOptions.defaults().withTimeout(Duration.ofSeconds(3)));
    session = driver.newSession();
  }

  @AfterAll
  void stopBrowser() {
    driver.close();
    server.close();
  }

  @BeforeEach
  void freshPage() {
    session.leaveFrames();
    session.answerDialogs(DialogAnswer.ACCEPT);
  }

  private static Selector s(String selector) {
    return Selector.parse(selector);
  }

  @Test
  void fillsSelectsTicksAndSubmitsAFormThenReadsTheNextPage() {
    session.navigate(server.url("/form"));
    session.fill(s("label=企业名称"), "上海甲乙丙 有限公司");
    session.fill(s("label=注册资本"), "1,000万");
    session.select(s("#kind"), "股份有限公司");
    session.check(s("#agree"), true);
    session.click(s("role=button[name=\"提交\"]"));
    session.waitFor(s("text=上海甲乙丙"), WaitState.VISIBLE, Duration.ofSeconds(5));
    assertThat(session.title()).isEqualTo("受理成功");
    assertThat(session.read(s("#out"))).isEqualTo("name=上海甲乙丙 有限公司&capital=1,000万&kind=b&agree=on");
  }

  @Test
  void readsValuesOfFieldsAndTextsOfManyElements() {
    session.navigate(server.url("/form"));
    session.fill(s("#name"), "乙公司");
    assertThat(session.read(s("#name"))).isEqualTo("乙公司");
    assertThat(session.readAll(s(".dup"))).containsExactly("一", "二");
    assertThat(session.count(s("css=p.dup"))).isEqualTo(2);
    assertThat(session.attribute(s("#name"), "name")).isEqualTo("name");
    assertThat(session.isVisible(s("text=企业登记"))).isTrue();
    assertThat(session.count(s("#missing"))).isZero();
  }

  @Test
  void matchesTextExactlyOnlyWhenQuoted() {
    session.navigate(server.url("/form"));
    assertThat(session.count(s("text=保存"))).isEqualTo(2);
    assertThat(session.count(s("text=\"保存\""))).isEqualTo(1);
    session.click(s("text=\"保存\""));
    assertThat(session.count(s("xpath=//button[text()='保存草稿']"))).isEqualTo(1);
    assertThat(session.count(s("//h1"))).isEqualTo(1);
  }

  @Test
  void findsByRoleAndLabelIgnoringHiddenElements() {
    session.navigate(server.url("/roles"));
    assertThat(session.count(s("role=button[name=\"查询\"]"))).isEqualTo(1);
    assertThat(session.count(s("role=link[name=\"详情\"]"))).isEqualTo(1);
    assertThat(session.count(s("role=link[name=\"详情\" s]"))).isZero();
    assertThat(session.count(s("role=heading"))).isEqualTo(1);
    session.fill(s("label=统一社会信用代码"), "91310000MA1");
    assertThat(session.read(s("role=textbox[name=\"信用代码\"]"))).isEqualTo("91310000MA1");
    assertThat(session.read(s("xpath=//td[2]"))).isEqualTo("91310000");
  }

  @Test
  void refusesToGuessWhenASelectorMatchesTwoElements() {
    session.navigate(server.url("/form"));
    assertThatThrownBy(() -> session.click(s("text=保存")))
        .isInstanceOf(SystemException.class)
        .hasMessageContaining("text=保存")
        .hasMessageContaining("2");
  }

  @Test
  void labelFindsControlsBesideTheirLabelOrInTheCellAfterIt() {
    session.navigate(server.url("/labels"));
    assertThat(session.attribute(s("label=姓名"), "id")).isEqualTo("n1");
    assertThat(session.attribute(s("label=\"证件号码\""), "id")).isEqualTo("n2");
    assertThat(session.attribute(s("label=手机"), "id")).isEqualTo("n3");
    assertThat(session.attribute(s("label=固话"), "id")).isEqualTo("n4");
    assertThat(session.attribute(s("label=联系地址"), "id")).isEqualTo("n5");
    assertThat(session.attribute(s("label=\"邮政编码\""), "id")).isEqualTo("n6");
    assertThat(session.attribute(s("label=所属街道"), "id")).isEqualTo("n7");
    assertThat(session.attribute(s("label=订阅通知"), "id")).isEqualTo("n8");
    session.fill(s("label=联系地址"), "人民路1号");
    assertThat(session.read(s("#n5"))).isEqualTo("人民路1号");
    session.check(s("label=订阅通知"), true);
    assertThat(session.evaluate("document.getElementById('n8').checked")).isEqualTo("true");
  }

  @Test
  void aLabelTiedByForWinsOverOneBesideOrInACell() {
    session.navigate(server.url("/labels"));
    assertThat(session.count(s("label=备注"))).isEqualTo(1);
    assertThat(session.attribute(s("label=备注"), "id")).isEqualTo("n9");
  }

  @Test
  void aLabelThatFindsNothingSaysWhatItTried() {
    session.navigate(server.url("/labels"));
    assertThatThrownBy(() -> session.fill(s("label=出生日期"), "2020-01-01"))
        .isInstanceOf(ElementTimeoutException.class)
        .hasMessageContaining("label=出生日期")
        .hasMessageContaining("for=")
        .hasMessageContaining("联系地址")
        .hasMessageContaining("邮政编码");
  }

  @Test
  void aVisibilityFilterSkipsHiddenCopiesOfAForm() {
    session.navigate(server.url("/copies"));
    assertThat(session.count(s("label=申请人"))).isEqualTo(2);
    assertThat(session.count(s("label=申请人 >> visible=true"))).isEqualTo(1);
    assertThat(session.count(s(".who >> visible=true"))).isEqualTo(1);
    session.fill(s("label=申请人 >> visible=true"), "王五");
    session.click(s("role=button[name=提交] >> visible=true"));
    assertThat(session.read(s("#out"))).isEqualTo("王五");
    assertThat(session.read(s("//form[@id='old']//input"))).isEmpty();
  }

  @Test
  void anAmbiguousSelectorListsItsMatchesAndWhichAreHidden() {
    session.navigate(server.url("/copies"));
    assertThatThrownBy(() -> session.fill(s("label=申请人"), "王五"))
        .isInstanceOf(SystemException.class)
        .hasMessageContaining("label=申请人")
        .hasMessageContaining("1) <input")
        .hasMessageContaining("2) <input")
        .hasMessageContaining(Messages.get("match.hidden"))
        .hasMessageContaining(Messages.get("match.visible"))
        .hasMessageContaining(">> visible=true");
  }

  @Test
  void everyKindOfSelectorReachesIntoOpenShadowRoots() {
    session.navigate(server.url("/shadow"));
    assertThat(session.count(s("input[name=svc]"))).isEqualTo(2);
    assertThat(session.count(s("svc-picker input[type=radio]"))).isEqualTo(2);
    assertThat(session.count(s("#picker > fieldset label"))).isEqualTo(3);
    assertThat(session.count(s("role=radio"))).isEqualTo(2);
    session.click(s("text=社保卡申领"));
    assertThat(
            session.evaluate(
                "document.getElementById('picker').shadowRoot.querySelector('[value=A01]').checked"))
        .isEqualTo("true");
    session.check(s("role=radio[name=居住证办理]"), true);
    session.fill(s("label=办理说明"), "加急");
    session.click(s("role=button[name=\"确定事项\"]"));
    assertThat(session.read(s("#chosen"))).isEqualTo("B02:加急");
    assertThat(session.state().text()).contains("社保卡申领").contains("确定事项");
  }

  @Test
  void anElementInAClosedShadowRootIsReportedAsOutOfReach() {
    session.navigate(server.url("/shadow"));
    assertThatThrownBy(() -> session.click(s("text=封闭按钮")))
        .isInstanceOf(ElementTimeoutException.class)
        .hasMessageContaining("closed")
        .hasMessageContaining("<secret-box#sealed>")
        .hasMessageContaining("封闭按钮");
  }

  @Test
  void aSelectorTheBrowserRefusesIsASelectorError() {
    session.navigate(server.url("/form"));
    assertThatThrownBy(() -> session.count(new Selector.Css("#1abc", "#1abc", false)))
        .isInstanceOf(SelectorException.class)
        .hasMessageContaining("#1abc");
  }

  @Test
  void waitsForElementsThatAppearOrBecomeEnabledLater() {
    session.navigate(server.url("/late"));
    session.click(s("#go"));
    assertThat(session.read(s("#out"))).isEqualTo("点到了");
    session.click(s("text=后来的按钮"));
    assertThat(session.read(s("#out"))).isEqualTo("后来点到了");
    session.waitFor(s("#box"), WaitState.HIDDEN, Duration.ofSeconds(5));
    assertThat(session.isVisible(s("#box"))).isFalse();
  }

  /**
   * A wait looks again as soon as the page changes: a text that arrives after the wait began is
   * seen within a few round trips, not at the next step of a back-off. Before, Playwright looked
   * every 500 ms and Selenium every 250 ms by then: this text, arriving 2.2 s after the page
   * loaded, was seen 260–490 ms (Playwright) and 120–300 ms (Selenium) late, now 10–70 ms.
   */
  @Test
  void aWaitSeesTextSoonAfterItArrives() {
    List<Double> lags = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      session.navigate(server.url("/arrives"));
      session.waitFor(s("text=这一条"), WaitState.VISIBLE, Duration.ofSeconds(10));
      lags.add(Double.parseDouble(session.evaluate("String(performance.now() - window.shownAt)")));
    }
    assertThat(lags.stream().sorted().toList().get(2))
        .as("median ms between the text's arrival and the wait's end, of %s", lags)
        .isLessThan(130);
  }

  @Test
  void timeoutSaysWhichSelectorAndWhatThePageShowed() {
    session.navigate(server.url("/form"));
    assertThatThrownBy(() -> session.click(s("#does-not-exist")))
        .isInstanceOf(ElementTimeoutException.class)
        .hasMessageContaining("#does-not-exist")
        .hasMessageContaining("登记表")
        .hasMessageContaining("企业登记")
        .hasMessageContaining(server.url("/form"));
  }

  @Test
  void answersAlertConfirmAndPromptDialogs() {
    session.navigate(server.url("/dialogs"));
    session.click(s("#alert"));
    assertThat(session.read(s("#out"))).isEqualTo("alert done");
    assertThat(session.lastDialog()).contains("已保存");
    session.answerDialogs(DialogAnswer.DISMISS);
    session.click(s("#confirm"));
    assertThat(session.read(s("#out"))).isEqualTo("no");
    assertThat(session.lastDialog()).contains("确定删除?");
    session.answerDialogs(DialogAnswer.ACCEPT);
    session.click(s("#confirm"));
    assertThat(session.read(s("#out"))).isEqualTo("yes");
    session.answerDialogs(new DialogAnswer(true, "重复提交"));
    session.click(s("#prompt"));
    assertThat(session.read(s("#out"))).isEqualTo("重复提交");
  }

  @Test
  void worksInsideNestedFramesAndBackOut() {
    session.navigate(server.url("/frames"));
    session.enterFrame(s("#outer"));
    assertThat(session.read(s("#where"))).isEqualTo("outer");
    session.enterFrame(s("#inner"));
    session.fill(s("#q"), "张三");
    session.click(s("text=查询"));
    assertThat(session.read(s("#where"))).isEqualTo("inner:张三");
    assertThat(session.evaluate("document.getElementById('where').textContent"))
        .isEqualTo("inner:张三");
    session.leaveFrames();
    assertThat(session.read(s("#where"))).isEqualTo("top");
  }

  @Test
  void followsPopupWindowsAndComesBack() {
    session.navigate(server.url("/popup"));
    session.clickForPopup(s("#open"));
    assertThat(session.title()).isEqualTo("详情窗口");
    assertThat(session.read(s("#detail"))).isEqualTo("详情内容");
    session.closeWindow();
    assertThat(session.title()).isEqualTo("主窗口");
    session.clickForPopup(s("#js"));
    assertThat(session.url()).endsWith("/popup-child?js");
    session.switchWindow("主窗口");
    assertThat(session.title()).isEqualTo("主窗口");
    session.switchWindow("popup-child?js");
    session.closeWindow();
    assertThat(session.title()).isEqualTo("主窗口");
  }

  @Test
  void downloadsAndUploadsFiles(@TempDir Path dir) throws Exception {
    session.navigate(server.url("/files"));
    Path file = session.download(s("#dl"), dir.resolve("got"));
    assertThat(file.getFileName().toString()).isEqualTo("report.txt");
    assertThat(Files.readString(file)).contains("1,甲");
    Path other = Files.writeString(dir.resolve("清单.csv"), "a,b\n");
    session.upload(s("#up"), List.of(file, other));
    assertThat(session.read(s("#names"))).isEqualTo("report.txt,清单.csv");
  }

  @Test
  void typesAndReadsChineseOnGbkPages() {
    session.navigate(server.url("/gbk"));
    assertThat(session.title()).isEqualTo("旧系统 GBK 页面");
    assertThat(session.read(s("#fixed"))).isEqualTo("中华人民共和国");
    session.fill(s("#addr"), "北京市海淀区中关村大街1号");
    session.click(s("text=回显"));
    assertThat(session.read(s("#echo"))).isEqualTo("北京市海淀区中关村大街1号");
  }

  @Test
  void takesScreenshotsAndHtmlOfThePage() {
    session.navigate(server.url("/form"));
    byte[] png = session.screenshot();
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(session.screenshot(s("h1"))).startsWith(0x89, 'P', 'N', 'G');
    assertThat(session.html()).contains("企业登记");
    assertThat(session.state().text()).startsWith("企业登记");
  }

  @Test
  void keepsCookiesApartBetweenSessions() {
    session.navigate(server.url("/form"));
    session.evaluate("document.cookie = 'who=first; path=/'");
    BrowserSession other = driver.newSession();
    try {
      other.navigate(server.url("/form"));
      assertThat(other.evaluate("document.cookie")).doesNotContain("who=first");
      assertThat(session.evaluate("document.cookie")).contains("who=first");
    } finally {
      other.close();
    }
  }

  @Test
  void navigationToAClosedPortIsASystemError() {
    assertThatThrownBy(() -> session.navigate("http://127.0.0.1:9/"))
        .isInstanceOf(SystemException.class)
        .hasMessageContaining("127.0.0.1:9");
  }

  /**
   * Chromium commits its error page after the failure is reported, and may still be doing so when
   * the flow goes on.
   */
  @Test
  void opensTheNextPageRightAfterFailedNavigations() throws Exception {
    String refused;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      refused = "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }
    for (int round = 0; round < 8; round++) {
      String failing = round % 2 == 0 ? "http://127.0.0.1:9/" : refused;
      assertThatThrownBy(() -> session.navigate(failing)).isInstanceOf(SystemException.class);
      session.navigate(server.url("/form"));
      assertThat(session.read(s("h1"))).isEqualTo("企业登记");
    }
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void aKilledBrowserIsReportedAndANewSessionWorks() throws Exception {
    session.navigate(server.url("/form"));
    List<Long> pids = driver.browserPids();
    assertThat(pids).isNotEmpty();
    for (long pid : pids) {
      new ProcessBuilder("kill", "-9", String.valueOf(pid)).start().waitFor();
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> !session.isAlive());
    assertThatThrownBy(() -> session.navigate(server.url("/form")))
        .isInstanceOf(BrowserCrashedException.class);
    session.close();
    session = driver.newSession();
    session.navigate(server.url("/gbk"));
    assertThat(session.read(s("#fixed"))).isEqualTo("中华人民共和国");
  }
}
