package io.workforce.runtime.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowResolver;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.engine.FlowRunner;
import io.workforce.runtime.engine.RunOptions;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.archive.ArchiveTruth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every list and table shape of the archive sample system, read by {@code read_table} (and {@code
 * read} of a label/value table) on each driver, against the exact ground truth: every record once,
 * in order, keyed by its headers — or a loud failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ArchiveListsContract {

  private static final String HEAD =
      """
      flow: archive-read
      systems:
        archive:
          url: ${env.ARCHIVE_URL}
          credential: archive-clerk
          login:
            - open: { system: archive, path: /dagl/login.do }
            - fill: { "#username": "${credential.username}", "#password": "${credential.password}" }
            - click: "#btnLogin"
            - wait_for: "#welcome"
          logged_out: { url: /dagl/login.do }
      output:
        rows: 读到的行
      steps:
      """;

  Path dir;
  SampleRig rig;
  BrowserDriver driver;
  ArchiveTruth truth;

  abstract BrowserDriver.Kind kind();

  @BeforeAll
  void start() throws Exception {
    dir = Files.createTempDirectory("wf-archive-lists");
    rig = new SampleRig(SampleOptions.builder().records(3).build(), dir);
    truth = rig.systems.archiveTruth();
    driver =
        BrowserDriver.start(kind(), DriverOptions.defaults().withTimeout(Duration.ofSeconds(10)));
  }

  @AfterAll
  void stop() {
    driver.close();
    rig.close();
  }

  @Test
  void numberedLinksWithTheCurrentPageAsPlainTextGiveEveryRecordOnce() {
    assertThat(rows("numbered.do", "{ selector: \"#list\", into: rows, pages: \"#pager a\" }"))
        .isEqualTo(truth.listRows());
  }

  @Test
  void aHeaderRowOfBoldCellsGivesTheKeysAndIsNoRecord() {
    assertThat(rows("headers.do", "{ selector: \"#boldHeader\", into: rows }"))
        .isEqualTo(truth.listRows(8));
  }

  @Test
  void loadMoreThatAppendsToTheSameTableGivesEveryRecordOnce() {
    assertThat(rows("more.do", "{ selector: \"#list\", into: rows, next: \"#btnMore\" }"))
        .isEqualTo(truth.listRows());
  }

  @Test
  void mergedCellsInHeaderAndBodyAreExpandedIntoTheGrid() {
    assertThat(rows("summary.do", "{ selector: \"#stats\", into: rows }"))
        .isEqualTo(truth.summaryRows());
  }

  @Test
  void postBackPagerWithAWindowOfPageNumbersGivesEveryRecordOnce() {
    assertThat(
            rows(
                "Records.aspx",
                "{ selector: \"#gvRecords\", into: rows, pages: \"#gvRecords tr.pgr a\" }"))
        .isEqualTo(truth.listRows());
  }

  /**
   * Issue 16.1 as it was met: {@code <span>1</span> <a>2</a> <a>3</a> <a>4</a>}, every link a
   * post-back to the same address, 37 records. Reading it by link position gave pages 1, 3 and 4
   * (27 records) and ended ok.
   */
  @Test
  void postBackNumberPagerOfIssue16GivesAll37RecordsOnce() {
    assertThat(
            rows(
                "Register.aspx",
                "{ selector: \"#gvRegister\", into: rows, pages: \"#gvRegister tr.pgr a\" }"))
        .hasSize(37)
        .isEqualTo(truth.listRows(37));
  }

  @Test
  void postBackNextLinkGivesAll37RecordsOnceCheckedByPage() {
    assertThat(
            rows(
                "Register.aspx?pager=next",
                "{ selector: \"#gvRegister\", into: rows, next: \"text=下一页\", current: \"#cur\" }"))
        .isEqualTo(truth.listRows(37));
  }

  @Test
  void aPostBackPageThatNeverArrivesFailsTheStepWhicheverPagerTurnsIt() {
    ItemResult byNumber =
        run(
            "  - open: { system: archive, path: \"/dagl/Register.aspx?stuck=3\" }\n"
                + "  - read_table: { selector: \"#gvRegister\", into: rows,"
                + " pages: \"#gvRegister tr.pgr a\", timeout: 3s }\n"
                + "  - output: { rows: \"${rows}\" }\n");
    assertThat(byNumber.status()).isEqualTo(ItemStatus.SYSTEM_FAILED);
    assertThat(byNumber.reason())
        .containsPattern("page 4|第 4 页")
        .contains(truth.records().get(20).no());
    ItemResult byNext =
        run(
            "  - open: { system: archive, path: \"/dagl/Register.aspx?pager=next&stuck=3\" }\n"
                + "  - read_table: { selector: \"#gvRegister\", into: rows,"
                + " next: \"text=下一页\", timeout: 3s }\n"
                + "  - output: { rows: \"${rows}\" }\n");
    assertThat(byNext.status()).isEqualTo(ItemStatus.SYSTEM_FAILED);
    assertThat(byNext.reason()).contains("text=下一页").contains(truth.records().get(20).no());
  }

  @Test
  void firstPreviousNextLastLinksGiveEveryRecordOnceCheckedByPageAndCount() {
    assertThat(
            rows(
                "list.do",
                "{ selector: \"#list\", into: rows, next: \"text=下一页\", current: \"#cur\","
                    + " total: \"#total\" }"))
        .isEqualTo(truth.listRows());
  }

  @Test
  void pageNumberBoxWithButtonsGivesEveryRecordOnce() {
    assertThat(
            rows(
                "pagebox.do",
                "{ selector: \"#list\", into: rows, next: \"#btnNext\", current: \"#pageNo\" }"))
        .isEqualTo(truth.listRows());
  }

  @Test
  void infiniteScrollGivesEveryRecordOnce() {
    assertThat(
            rows("feed.do", "{ selector: \"#feed\", into: rows, scroll: true, total: \"#total\" }"))
        .isEqualTo(truth.listRows());
  }

  @Test
  void headerRowsWithoutThAreFoundByTheDocumentedRules() {
    assertThat(rows("headers.do", "{ selector: \"#theadTd\", into: rows }"))
        .isEqualTo(truth.listRows(8));
    assertThat(rows("headers.do", "{ selector: \"#titled\", into: rows }"))
        .isEqualTo(truth.listRows(8));
    assertThat(rows("headers.do", "{ selector: \"#secondRow\", into: rows, header: 2 }"))
        .isEqualTo(truth.listRows(8));
    assertThat(rows("list.do", "{ selector: \"#list\", into: rows }")).isEqualTo(truth.listRows(8));
  }

  @Test
  void withoutAHeaderEveryRowIsARecordKeyedByColumnNumber() {
    List<Map<String, Object>> none = rows("headers.do", "{ selector: \"#noHeader\", into: rows }");
    assertThat(none).hasSize(8);
    assertThat(none.get(0)).containsEntry("col1", truth.records().get(0).no()).hasSize(6);
    List<Map<String, Object>> forced =
        rows("headers.do", "{ selector: \"#boldHeader\", into: rows, header: none }");
    assertThat(forced).hasSize(9);
    assertThat(forced.get(0)).containsEntry("col1", "档案号");
  }

  @Test
  void rowsTakeXPathAndRoleSelectors() {
    assertThat(
            rows(
                "headers.do",
                "{ selector: \"#boldHeader\", into: rows, rows: \"xpath=.//tr[not(.//b)]\" }"))
        .isEqualTo(truth.listRows(8));
    assertThat(rows("headers.do", "{ selector: \"#theadTd\", into: rows, rows: \"role=row\" }"))
        .isEqualTo(truth.listRows(8));
  }

  @Test
  void aLabelValueTableReadsIntoARecordByItsLabels() {
    var r = truth.records().get(5);
    ItemResult result =
        run(
            "  - open: { system: archive, path: \"/dagl/detail.do?no="
                + r.no()
                + "\" }\n"
                + "  - read: { table: \"#info\", into: all }\n"
                + "  - read: { table: \"#info\", into: some, labels: { id: 身份证号, home: \"住　址：\" } }\n"
                + "  - output: { rows: \"${[all, some]}\" }\n");
    assertThat(result.status()).as(result.reason()).isEqualTo(ItemStatus.SUCCEEDED);
    assertThat(result.outputs().get("rows"))
        .isEqualTo(
            List.of(ArchiveTruth.detail(r), Map.of("id", r.idNumber(), "home", r.address())));
  }

  @Test
  void detailsInAFrameThatShowsThePreviousRecordUntilItReloadsAreReadRecordByRecord() {
    ItemResult result =
        run(
            """
              - open: { system: archive, path: /dagl/browse.do }
              - read_table: { selector: "#list", into: list }
              - set: { rows: "${[]}" }
              - for_each:
                  in: "${list}"
                  as: rec
                  steps:
                    - click: "xpath=//table[@id='list']//tr[td[1]='${rec['档案号']}']//a"
                    - frame:
                        selector: "#detail"
                        steps:
                          - wait_for: { text: "${rec['档案号']}" }
                          - read: { table: "#info", into: detail }
                    - set: { rows: "${append(rows, detail)}" }
              - output: { rows: "${rows}" }
            """);
    assertThat(result.status()).as(result.reason()).isEqualTo(ItemStatus.SUCCEEDED);
    assertThat(result.outputs().get("rows"))
        .isEqualTo(truth.records().subList(0, 8).stream().map(ArchiveTruth::detail).toList());
  }

  @Test
  void aRecordSeenOnAnEarlierPageFailsUnlessEqualRecordsAreDeclaredGenuine() {
    ItemResult failed =
        run(
            "  - open: { system: archive, path: /dagl/visits.do }\n"
                + "  - read_table: { selector: \"#visits\", into: rows, next: \"text=下一页\" }\n"
                + "  - output: { rows: \"${rows}\" }\n");
    assertThat(failed.status()).isEqualTo(ItemStatus.SYSTEM_FAILED);
    assertThat(failed.reason()).contains(truth.visits().get(3).name()).contains("duplicates: keep");
    assertThat(
            rows(
                "visits.do",
                "{ selector: \"#visits\", into: rows, next: \"text=下一页\", duplicates: keep }"))
        .isEqualTo(truth.visitRows());
  }

  @Test
  void aListThatChangesWhileReadFailsLoudlyAndIsReadRightOnTheRetry() {
    ItemResult result =
        run(
            "  - open: { system: archive, path: /dagl/changing.do }\n"
                + "  - read_table: { selector: \"#list\", into: rows, next: \"text=下一页\","
                + " key: [档案号], total: \"#total\" }\n"
                + "  - output: { rows: \"${rows}\" }\n",
            2);
    assertThat(result.status()).as(result.reason()).isEqualTo(ItemStatus.SUCCEEDED);
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(result.outputs().get("rows")).isEqualTo(truth.changedRows());
  }

  @Test
  void aNextPageThatNeverArrivesFailsSayingWhatWasExpectedAndSeen() {
    ItemResult stuck =
        run(
            "  - open: { system: archive, path: \"/dagl/list.do?stuck=3\" }\n"
                + "  - read_table: { selector: \"#list\", into: rows, next: \"text=下一页\","
                + " timeout: 3s }\n"
                + "  - output: { rows: \"${rows}\" }\n");
    assertThat(stuck.status()).isEqualTo(ItemStatus.SYSTEM_FAILED);
    assertThat(stuck.reason()).contains("text=下一页").contains(truth.records().get(16).no());
  }

  /** Runs one {@code read_table} on a page of the archive; the item must succeed. */
  List<Map<String, Object>> rows(String page, String readTable) {
    ItemResult result =
        run(
            "  - open: { system: archive, path: /dagl/"
                + page
                + " }\n"
                + "  - read_table: "
                + readTable
                + "\n"
                + "  - output: { rows: \"${rows}\" }\n");
    assertThat(result.status()).as(result.reason()).isEqualTo(ItemStatus.SUCCEEDED);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) result.outputs().get("rows");
    return rows;
  }

  /** Runs a flow of these steps (after logging in to the archive) once, without retries. */
  ItemResult run(String steps) {
    return run(steps, 1);
  }

  /** Runs a flow of these steps (after logging in to the archive), trying the item up to tries. */
  ItemResult run(String steps, int tries) {
    try {
      Path file = Files.createTempFile(dir, "flow", ".yaml");
      Files.writeString(file, HEAD + steps);
      Flow flow = FlowParser.create().withResolver(FlowResolver.directory(dir)).parse(file);
      RunOptions options =
          rig.options(1)
              .withRetries(tries, Duration.ofMillis(10))
              .withStepTimeout(Duration.ofSeconds(10));
      return new FlowRunner(flow, options, rig.vault, driver, FlowResolver.directory(dir))
          .run(Inputs.fromFields(Map.of(), flow.input()), null)
          .results()
          .get(1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
