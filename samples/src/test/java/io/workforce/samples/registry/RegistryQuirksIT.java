package io.workforce.samples.registry;

import static io.workforce.samples.HttpSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.samples.HttpSession;
import io.workforce.samples.HttpSession.Page;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.TestClock;
import io.workforce.samples.data.Company;
import io.workforce.samples.data.DataGenerator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each quirk of the registry, proved with a plain HTTP client. */
class RegistryQuirksIT {

  private static final Charset GBK = Charset.forName("GBK");
  private static final TestClock CLOCK = new TestClock(Instant.parse("2025-07-01T01:00:00Z"));
  private static SampleSystems systems;
  private static String base;

  @BeforeAll
  static void start() {
    systems =
        SampleSystems.start(
            SampleOptions.builder()
                .records(80)
                .seed(11)
                .clock(CLOCK)
                .sessionTimeout(Duration.ofMinutes(5))
                .build());
    base = systems.registryUrl() + "/qydj/";
  }

  @AfterAll
  static void stop() {
    systems.close();
  }

  @Test
  void servesItsPagesInGbk() {
    Page page = new HttpSession().get(base + "login.jsp");
    assertThat(page.contentType()).isEqualTo("text/html; charset=GBK");
    assertThat(indexOf(page.bytes(), "企业登记管理信息系统".getBytes(GBK))).isNotNegative();
    assertThat(indexOf(page.bytes(), "企业登记管理信息系统".getBytes(StandardCharsets.UTF_8))).isNegative();
    assertThat(page.text()).contains("charset=GBK");
  }

  @Test
  void refusesALoginWithoutTheHiddenToken() {
    HttpSession http = new HttpSession();
    http.get(base + "login.jsp");
    Page answer =
        http.post(base + "login.do", form("userName", "djy01", "password", "Djy@2008"), GBK);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).contains("页面已过期或非法提交，请重新登录！");
  }

  @Test
  void refusesATokenFromAnOlderLoginPage() {
    HttpSession http = new HttpSession();
    String stale = http.get(base + "login.jsp").inputValue("token");
    String fresh = http.get(base + "login.jsp").inputValue("token");
    assertThat(fresh).isNotEqualTo(stale);
    Page answer =
        http.post(
            base + "login.do",
            form("token", stale, "userName", "djy01", "password", "Djy@2008"),
            GBK);
    assertThat(answer.text()).contains("页面已过期或非法提交");
  }

  @Test
  void refusesAWrongPassword() {
    HttpSession http = new HttpSession();
    String token = http.get(base + "login.jsp").inputValue("token");
    Page answer =
        http.post(
            base + "login.do", form("token", token, "userName", "djy01", "password", "wrong"), GBK);
    assertThat(answer.text()).contains("用户名或密码错误！");
  }

  @Test
  void logsInWithTheTokenIntoAFrameset() {
    HttpSession http = login("djy01");
    Page main = http.get(base + "main.jsp");
    assertThat(main.text())
        .contains("<frameset")
        .contains("name=\"leftFrame\" src=\"menu.jsp\"")
        .contains("name=\"mainFrame\" src=\"welcome.jsp\"");
    assertThat(http.get(base + "welcome.jsp").text()).contains("张登记");
  }

  @Test
  void paginatesResultsByPostingTheSearchFormWithAHiddenPageNumber() {
    HttpSession http = login("djy01");
    assertThat(http.get(base + "search.do").text())
        .contains("name=\"pageNo\"")
        .doesNotContain("resultTable");
    long newOnes = systems.groundTruth().newRegistrations().size();
    Page first = search(http, "1");
    assertThat(first.text())
        .contains("<b id=\"totalCount\">" + newOnes + "</b>")
        .contains("javascript:goPage(2)");
    Page second = search(http, "2");
    assertThat(rows(first)).isEqualTo(SearchQuery.PAGE_SIZE);
    assertThat(rows(second)).isEqualTo((int) newOnes - SearchQuery.PAGE_SIZE);
    Company newest =
        systems.groundTruth().newRegistrations().stream()
            .max((a, b) -> a.establishedOn().compareTo(b.establishedOn()))
            .orElseThrow();
    assertThat(first.text()).contains(newest.establishedOn().toString());
    assertThat(second.text()).contains("<span id=\"pageNo\">2</span>");
  }

  @Test
  void findsACompanyByAChineseKeywordPostedInGbk() {
    HttpSession http = login("djy01");
    Company c = systems.groundTruth().companies().get(5);
    Page hit =
        http.post(
            base + "search.do",
            form("pageNo", "1", "clrqStart", "", "clrqEnd", "", "ssqx", "", "qymc", c.name()),
            GBK);
    assertThat(hit.text()).contains("<b id=\"totalCount\">1</b>").contains(c.creditCode());
  }

  @Test
  void showsTheCapitalAndTheIdNumberOnlyAsImages() throws Exception {
    HttpSession http = login("djy01");
    Company c = systems.groundTruth().companies().get(0);
    Page detail = http.get(base + "detail.do?id=" + c.id());
    assertThat(detail.text())
        .contains(c.name())
        .contains("id=\"zczb\"")
        .contains("id=\"fddbrzjhm\"")
        .doesNotContain(c.legalRep().idNumber())
        .doesNotContain(c.capitalText());
    Page png = http.get(base + "image.do?id=" + c.id() + "&type=capital");
    assertThat(png.contentType()).isEqualTo("image/png");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
    assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFAFAFA);
    assertThat(image.getHeight()).isBetween(20, 30);
  }

  @Test
  void sendsAnIdleSessionBackToTheLoginPage() {
    HttpSession http = login("djy01");
    CLOCK.advance(Duration.ofMinutes(4));
    assertThat(http.get(base + "search.do").status()).isEqualTo(200);
    CLOCK.advance(Duration.ofMinutes(4));
    assertThat(http.get(base + "search.do").status())
        .as("activity restarts the idle time")
        .isEqualTo(200);
    CLOCK.advance(Duration.ofMinutes(6));
    Page expired = http.post(base + "search.do", form("pageNo", "2"), GBK);
    assertThat(expired.status()).isEqualTo(302);
    assertThat(expired.location()).isEqualTo("/qydj/login.jsp?timeout=1");
    assertThat(http.get(base + "login.jsp?timeout=1").text()).contains("您的会话已超时，请重新登录！");
  }

  @Test
  void endsTheFirstSessionWhenTheSameAccountLogsInAgain() {
    HttpSession first = login("djy02");
    HttpSession second = login("djy02");
    assertThat(second.get(base + "search.do").status()).isEqualTo(200);
    Page kicked = first.get(base + "search.do");
    assertThat(kicked.location()).isEqualTo("/qydj/login.jsp?kicked=1");
  }

  @Test
  void keepsTheJsonExportOffUnlessAsked() {
    assertThat(new HttpSession().get(systems.registryUrl() + "/_export/registry.json").status())
        .isEqualTo(404);
  }

  @Test
  void sendsAnonymousVisitorsToTheLoginPage() {
    Page page = new HttpSession().get(base + "detail.do?id=x");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).isEqualTo("/qydj/login.jsp");
  }

  private static Page search(HttpSession http, String pageNo) {
    return http.post(
        base + "search.do",
        form(
            "pageNo",
            pageNo,
            "clrqStart",
            DataGenerator.NEW_SINCE.toString(),
            "clrqEnd",
            "",
            "ssqx",
            "",
            "qymc",
            ""),
        GBK);
  }

  private static int rows(Page page) {
    Matcher m = Pattern.compile("onclick=\"openDetail\\('").matcher(page.text());
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static HttpSession login(String user) {
    HttpSession http = new HttpSession();
    String token = http.get(base + "login.jsp").inputValue("token");
    Page answer =
        http.post(
            base + "login.do", form("token", token, "userName", user, "password", "Djy@2008"), GBK);
    assertThat(answer.status()).as(answer.text()).isEqualTo(302);
    assertThat(answer.location()).isEqualTo("/qydj/main.jsp");
    return http;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
