package io.workforce.samples.archive;

import static io.workforce.samples.HttpSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.samples.HttpSession;
import io.workforce.samples.HttpSession.Page;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.data.Json;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The archive system's list and table shapes, seen over plain HTTP. */
class ArchiveQuirksIT {

  private static SampleSystems systems;
  private static String base;
  private static ArchiveTruth truth;

  @BeforeAll
  static void start() {
    systems = SampleSystems.start(SampleOptions.builder().records(3).exportEnabled(true).build());
    base = systems.archiveUrl() + "/dagl/";
    truth = systems.archiveTruth();
  }

  @AfterAll
  static void stop() {
    systems.close();
  }

  @Test
  void sendsVisitorsWithoutASessionToTheLoginPage() {
    Page page = new HttpSession().get(base + "numbered.do");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).isEqualTo(ArchiveSystem.LOGIN_PATH);
  }

  @Test
  void showsTheCurrentPageAsPlainTextAndEveryOtherPageAsALink() {
    String text = login().get(base + "numbered.do?page=2").text();
    assertThat(text)
        .contains(
            "<a href=\"numbered.do?page=1\">1</a> <span>2</span> <a href=\"numbered.do?page=3\">3</a>")
        .contains(truth.records().get(10).no())
        .doesNotContain(truth.records().get(9).no());
  }

  @Test
  void postsBackWithTheViewStateAndRefusesAPostWithoutIt() {
    HttpSession http = login();
    Page first = http.get(base + "Records.aspx");
    assertThat(first.text()).contains("<span>1</span>").contains("Page$6')\">...</a>");
    Page sixth =
        http.post(
            base + "Records.aspx",
            form(
                "__EVENTTARGET", "gvRecords",
                "__EVENTARGUMENT", "Page$6",
                "__VIEWSTATE", first.inputValue("__VIEWSTATE")));
    assertThat(sixth.text())
        .contains("<span>6</span>")
        .contains("Page$5')\">...</a>")
        .contains(truth.records().get(20).no());
    Page refused =
        http.post(
            base + "Records.aspx", form("__EVENTTARGET", "gvRecords", "__EVENTARGUMENT", "Page$2"));
    assertThat(refused.text()).contains("状态信息无效");
  }

  @Test
  void registerShowsTheIssuePagerAndPostsBackToTheSameAddress() {
    HttpSession http = login();
    Page first = http.get(base + "Register.aspx");
    assertThat(first.text())
        .contains(
            "<span>1</span> <a href=\"javascript:__doPostBack('gvRegister','Page$2')\">2</a> "
                + "<a href=\"javascript:__doPostBack('gvRegister','Page$3')\">3</a> "
                + "<a href=\"javascript:__doPostBack('gvRegister','Page$4')\">4</a></td>")
        .contains("action=\"Register.aspx\"");
    Page fourth = postBack(http, "Register.aspx", first, "Page$4");
    assertThat(fourth.text())
        .contains("<span>4</span></td>")
        .contains(truth.records().get(36).no())
        .doesNotContain(truth.records().get(37).no())
        .doesNotContain(truth.records().get(29).no());
  }

  @Test
  void registerWithNextLinksMovesFromTheViewStatesPageAndCanGetStuck() {
    HttpSession http = login();
    Page first = http.get(base + "Register.aspx?pager=next&stuck=2");
    assertThat(first.text())
        .contains("Page$Next')\">下一页</a>")
        .doesNotContain("上一页")
        .contains("action=\"Register.aspx?pager=next&amp;stuck=2\"");
    Page second = postBack(http, "Register.aspx?pager=next&stuck=2", first, "Page$Next");
    assertThat(second.text()).contains("第 <span id=\"cur\">2</span> 页");
    Page still = postBack(http, "Register.aspx?pager=next&stuck=2", second, "Page$Next");
    assertThat(still.text())
        .contains("第 <span id=\"cur\">2</span> 页")
        .contains(truth.records().get(10).no());
    Page last = http.get(base + "Register.aspx?pager=next");
    for (int i = 0; i < 3; i++) {
      last = postBack(http, "Register.aspx?pager=next", last, "Page$Next");
    }
    assertThat(last.text()).contains("上一页").doesNotContain("下一页");
  }

  private static Page postBack(HttpSession http, String page, Page from, String argument) {
    return http.post(
        base + page,
        form(
            "__EVENTTARGET",
            "gvRegister",
            "__EVENTARGUMENT",
            argument,
            "__VIEWSTATE",
            from.inputValue("__VIEWSTATE")));
  }

  @Test
  void greysOutNextOnTheLastPageAndCanBeToldToGetStuck() {
    HttpSession http = login();
    int last = ArchivePages.pages(truth.records().size(), PagerPages.LIST_SIZE);
    assertThat(http.get(base + "list.do?p=" + last).text())
        .contains("<span class=\"disabled\">下一页</span>");
    assertThat(http.get(base + "list.do?p=3&stuck=3").text())
        .contains("<a href=\"list.do?p=3&amp;stuck=3\">下一页</a>");
  }

  @Test
  void servesTheAppendedRowsAsJson() throws Exception {
    String json = login().get(base + "api/records.do?offset=50&limit=10").text();
    Map<?, ?> page = Json.MAPPER.readValue(json, Map.class);
    assertThat(page.get("total")).isEqualTo(truth.records().size());
    assertThat((List<?>) page.get("rows")).hasSize(truth.records().size() - 50);
  }

  @Test
  void mergesTheDistrictCellDownItsMatters() {
    String text = login().get(base + "summary.do").text();
    Matcher m = Pattern.compile("<td rowspan=\"(\\d+)\">").matcher(text);
    int spanned = 0;
    while (m.find()) {
      spanned += Integer.parseInt(m.group(1));
    }
    assertThat(spanned).isEqualTo(truth.summaryRows().size() - 1);
    assertThat(text).contains("<td colspan=\"2\">合计</td>");
  }

  @Test
  void exportsItsDataAndGeneratesTheSameFromTheSameSeed() throws Exception {
    String json = new HttpSession().get(systems.archiveUrl() + "/_export/archive.json").text();
    assertThat(Json.MAPPER.readValue(json, ArchiveTruth.class)).isEqualTo(truth);
    assertThat(ArchiveTruth.generate(truth.seed())).isEqualTo(truth);
    assertThat(truth.records()).hasSize(ArchiveGenerator.RECORDS);
    assertThat(truth.records().stream().map(ArchiveRecord::no).distinct()).hasSize(57);
  }

  @Test
  void keepsTwoGenuinelyEqualVisitsOnOnePageAndTwoOnDifferentPages() {
    List<Visit> v = truth.visits();
    assertThat(v.get(2)).isEqualTo(v.get(1));
    assertThat(v.get(14)).isEqualTo(v.get(3));
    assertThat(v.stream().distinct()).hasSize(v.size() - 2);
  }

  @Test
  void theChangingListGetsANewRecordOnTopWhenItsSecondPageIsFirstAskedFor() {
    HttpSession http = login();
    String first = http.get(base + "changing.do").text();
    assertThat(first).doesNotContain(truth.arrival().no()).contains("<b id=\"total\">57</b>");
    String second = http.get(base + "changing.do?p=2").text();
    assertThat(second)
        .contains("<b id=\"total\">58</b>")
        .contains("<td>" + truth.records().get(9).no() + "</td>");
    assertThat(http.get(base + "changing.do").text()).contains(truth.arrival().no());
    assertThat(truth.changedRows()).hasSize(58);
  }

  private static HttpSession login() {
    HttpSession http = new HttpSession();
    Page page =
        http.post(systems.archiveLoginUrl(), form("username", "dagl01", "password", "Dagl@2012"));
    assertThat(page.status()).isEqualTo(302);
    return http;
  }
}
