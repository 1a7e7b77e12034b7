package io.workforce.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.runtime.fake.FakeBrowser;
import io.workforce.runtime.fake.FakeWeb;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.journal.JournalWriter;
import io.workforce.runtime.journal.RunEvent;
import io.workforce.runtime.journal.RunEventSink;
import io.workforce.runtime.vault.Credential;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The interpreter's constructs on the in-memory browser ({@link FakeWeb}): log-in and logged-out
 * detection, error kinds and retries, loops and their limits, try/catch/finally, call, per-item
 * variables, stop, events. No Chromium: the whole class runs in about a second.
 */
class InterpreterConstructsTest {

  static final String SYSTEM =
      """
      systems:
        app:
          url: http://fake.test
          credential: clerk
          login:
            - open: { system: app, path: /login }
            - fill: { "#user": "${credential.username}", "#password": "${credential.password}" }
            - click: "#go"
            - wait_for: "#welcome"
          logged_out: { url: /login }
      """;

  @TempDir Path dir;

  final FakeWeb web = FakeWeb.withLogin();
  final FakeBrowser browser = web.browser();
  Flow called;

  Flow flow(String yaml) {
    return FlowParser.create().parse("t.yaml", yaml);
  }

  FlowRunner runner(Flow flow, int attempts) {
    RunOptions options =
        RunOptions.defaults()
            .withRunsDir(dir.resolve("runs"))
            .withWorkDir(dir)
            .withRetries(attempts, Duration.ofMillis(1))
            .withStepTimeout(Duration.ofMillis(50))
            .withEnv(Map.of());
    Credential clerk = new Credential("clerk", "wang", FakeWeb.PASSWORD, Map.of());
    return new FlowRunner(
        flow,
        options,
        name -> Optional.of(clerk),
        browser,
        name -> Optional.ofNullable(called).filter(f -> f.name().equals(name)));
  }

  RunSummary run(Flow flow, int attempts, int items, RunEventSink sink) {
    StringBuilder csv = new StringBuilder("n\n");
    for (int i = 1; i <= items; i++) {
      csv.append(i).append('\n');
    }
    try {
      Path file = Files.writeString(dir.resolve("items-" + System.nanoTime() + ".csv"), csv);
      return runner(flow, attempts).run(Inputs.fromFile(file, flow.input(), Map.of()), sink);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<JsonNode> journal(RunSummary summary) throws Exception {
    return Files.readAllLines(summary.runDir().resolve(JournalWriter.FILE)).stream()
        .map(JournalWriter::parse)
        .toList();
  }

  static List<String> messages(RunSummary summary, String level) throws Exception {
    return journal(summary).stream()
        .filter(e -> "log".equals(e.path("type").asString()))
        .filter(e -> level.equals(e.path("level").asString()))
        .map(e -> e.path("message").asString())
        .toList();
  }

  @Test
  void aSessionIsLoggedInOnceAndReusedAcrossItemsWithoutThePasswordInTheJournal() throws Exception {
    web.guarded("/detail", q -> "<html><body><p id='name'>企业" + q.get("id") + "</p></body></html>");
    Flow flow =
        flow(
            """
            flow: reuse
            input: { file: csv, columns: [n] }
            output: { name: 名称 }
            %s
            steps:
              - open: { system: app, path: "/detail?id=${item.n}" }
              - read: { selector: "#name", into: name }
              - output: { name: "${name}" }
            """
                .formatted(SYSTEM));
    RunSummary summary = run(flow, 3, 3, null);
    assertThat(summary.results().values())
        .extracting(ItemResult::status, r -> r.outputs().get("name"))
        .containsExactly(
            tuple(ItemStatus.SUCCEEDED, "企业1"),
            tuple(ItemStatus.SUCCEEDED, "企业2"),
            tuple(ItemStatus.SUCCEEDED, "企业3"));
    assertThat(web.logins()).isEqualTo(1);
    assertThat(browser.sessions()).hasSize(1);
    String everything = Files.readString(summary.runDir().resolve(JournalWriter.FILE));
    assertThat(everything).contains("企业3").doesNotContain(FakeWeb.PASSWORD);
  }

  @Test
  void aSessionLoggedOutBetweenItemsIsLoggedInAgainWhenAnOpenLandsOnTheLogInPage()
      throws Exception {
    web.guarded("/detail", "<html><body><p id='name'>企业</p></body></html>");
    Flow flow =
        flow(
            """
            flow: relogin
            input: { file: csv, columns: [n] }
            %s
            steps:
              - open: { system: app, path: /detail }
              - read: { selector: "#name", into: name }
            """
                .formatted(SYSTEM));
    RunSummary summary =
        run(
            flow,
            3,
            2,
            event -> {
              if (event instanceof RunEvent.ItemFinished f && f.item() == 1) {
                web.logOutEveryone();
              }
            });
    assertThat(summary.results().values())
        .extracting(ItemResult::status, ItemResult::attempts)
        .containsExactly(tuple(ItemStatus.SUCCEEDED, 1), tuple(ItemStatus.SUCCEEDED, 1));
    assertThat(web.logins()).isEqualTo(2);
    assertThat(messages(summary, "WARN")).hasSize(1);
  }

  @Test
  void aLogOutBetweenTwoStepsTriesTheItemAgainFromItsStartOnANewSession() throws Exception {
    web.guarded(
            "/form",
            "<html><body><input id='f'><button id='save' data-go='/save'>保存</button></body></html>")
        .guarded("/save", "<html><body><p id='receipt'>SL-1</p></body></html>");
    Flow flow =
        flow(
            """
            flow: lost
            input: { file: csv, columns: [n] }
            %s
            steps:
              - open: { system: app, path: /form }
              - fill: { "#f": "${item.n}" }
              - click: "#save"
              - read: { selector: "#receipt", into: receipt }
            """
                .formatted(SYSTEM));
    AtomicInteger fills = new AtomicInteger();
    RunSummary summary =
        run(
            flow,
            3,
            1,
            event -> {
              if (event instanceof RunEvent.StepFinished f
                  && f.step().equals("steps[1].fill")
                  && fills.incrementAndGet() == 1) {
                web.logOutEveryone(); // the system ends the session while the clerk types
              }
            });
    ItemResult item = summary.results().get(1);
    assertThat(item.status()).isEqualTo(ItemStatus.SUCCEEDED);
    assertThat(item.attempts()).isEqualTo(2);
    // the save landed on the log-in page, so the read found it: the try ended at once (what was
    // typed is gone) and the item ran again from its start on a new, newly logged-in session
    assertThat(browser.sessions()).hasSize(2);
    assertThat(web.logins()).isEqualTo(2);
  }

  @Test
  void aServerErrorPageIsOpenedAgainAndTheItemGoesOn() throws Exception {
    web.page("/flaky", "<html><body><p id='v'>好</p></body></html>").failing("/flaky", 1);
    Flow flow =
        flow(
            """
            flow: flaky
            input: { file: csv, columns: [n] }
            steps:
              - open: http://fake.test/flaky
              - read: { selector: "#v", into: v }
            """);
    RunSummary summary = run(flow, 3, 1, null);
    assertThat(summary.results().get(1).status()).isEqualTo(ItemStatus.SUCCEEDED);
    assertThat(summary.results().get(1).attempts()).isEqualTo(1);
    assertThat(web.hits("/flaky")).isEqualTo(2);
  }

  @Test
  void aFailedCheckIsABusinessErrorTriedOnceAndAMissingElementASystemErrorTriedOnNewSessions()
      throws Exception {
    web.page("/p", "<html><body><p id='v'>甲</p></body></html>");
    Flow flow =
        flow(
            """
            flow: kinds
            input: { file: csv, columns: [n] }
            steps:
              - open: http://fake.test/p
              - if:
                  condition: "${item.n == '1'}"
                  then:
                    - read: { selector: "#v", into: v }
                    - verify: { that: "${v}", equals: 乙 }
                  else:
                    - click: "#missing"
            """);
    RunSummary summary = run(flow, 3, 2, null);
    assertThat(summary.results().values())
        .extracting(ItemResult::status, ItemResult::attempts)
        .containsExactly(tuple(ItemStatus.BUSINESS_FAILED, 1), tuple(ItemStatus.SYSTEM_FAILED, 3));
    assertThat(summary.results().get(2).reason()).contains("#missing");
    // one session for item 1 and each try of item 2: a system error drops the session it used
    assertThat(browser.sessions()).hasSize(3);
  }

  @Test
  void anIllegalArgumentFromALibraryIsASystemErrorNotTheDatasFault() throws Exception {
    web.page(
        "/broken",
        q -> {
          throw new IllegalArgumentException("a library's own bug");
        });
    Flow flow =
        flow(
            """
            flow: library
            input: { file: csv, columns: [n] }
            steps:
              - open: http://fake.test/broken
            """);
    RunSummary summary = run(flow, 2, 1, null);
    assertThat(summary.results().get(1).status()).isEqualTo(ItemStatus.SYSTEM_FAILED);
    assertThat(summary.results().get(1).reason()).contains("a library's own bug");
  }

  @Test
  void anItemSpendsOneRetryBudgetReopeningAPageAndTryingAgainDoNotMultiply() throws Exception {
    web.page("/down", "<html><body>ok</body></html>").failing("/down", 1000);
    Flow flow =
        flow(
            """
            flow: down
            input: { file: csv, columns: [n] }
            steps:
              - open: http://fake.test/down
            """);
    RunSummary summary = run(flow, 3, 1, null);
    assertThat(summary.results().get(1).status()).isEqualTo(ItemStatus.SYSTEM_FAILED);
    // --retries 3: three tries in all, whether spent opening the page again or on the item
    assertThat(web.hits("/down")).isEqualTo(3);
  }

  @Test
  void anErrorThatATryBlockRetriedIsNotRetriedAgainAsAnItem() throws Exception {
    web.page("/p", "<html><body><p id='v'>甲</p></body></html>");
    Flow flow =
        flow(
            """
            flow: nested
            input: { file: csv, columns: [n] }
            steps:
              - open: http://fake.test/p
              - try:
                  retry: { attempts: 2, backoff: 1ms }
                  steps:
                    - click: "#missing"
            """);
    RunSummary summary = run(flow, 3, 1, null);
    ItemResult item = summary.results().get(1);
    assertThat(item.status()).isEqualTo(ItemStatus.SYSTEM_FAILED);
    assertThat(item.attempts()).isEqualTo(1);
    long clicks =
        journal(summary).stream()
            .filter(e -> "step_start".equals(e.path("type").asString()))
            .filter(e -> e.path("step").asString().endsWith(".click"))
            .count();
    assertThat(clicks).isEqualTo(2);
  }

  @Test
  void repeatUntilStopsAsSoonAsItsConditionHoldsAndAtItsLimitDoesWhatOtherwiseSays()
      throws Exception {
    AtomicInteger polls = new AtomicInteger();
    web.page(
        "/status",
        q ->
            "<html><body><p id='s'>"
                + (polls.incrementAndGet() % 3 == 0 ? "已完成" : "处理中")
                + "</p><a id='refresh' href='/status'>刷新</a></body></html>");
    String yaml =
        """
        flow: poll
        input: { file: csv, columns: [n] }
        steps:
          - open: http://fake.test/status
          - repeat_until:
              until: "${status == '已完成'}"
              max: %d
              interval: 1ms
              otherwise: business_error
              steps:
                - click: "#refresh"
                - read: { selector: "#s", into: status }
        """;
    RunSummary patient = run(flow(yaml.formatted(5)), 1, 1, null);
    assertThat(patient.results().get(1).status()).isEqualTo(ItemStatus.SUCCEEDED);
    // the open, then two rounds: the second round's page shows 已完成 and the loop ends there
    assertThat(polls.get()).isEqualTo(3);

    RunSummary hasty = run(flow(yaml.formatted(1)), 1, 1, null);
    assertThat(hasty.results().get(1).status()).isEqualTo(ItemStatus.BUSINESS_FAILED);
    assertThat(hasty.results().get(1).reason()).contains("status == '已完成'");
    assertThat(polls.get()).isEqualTo(3 + 2);
  }

  @Test
  void tryCatchesTheKindOfErrorItNamesAndFinallyAlwaysRuns() throws Exception {
    web.page("/p", "<html><body><p id='v'>甲</p></body></html>");
    Flow flow =
        flow(
            """
            flow: trying
            input: { file: csv, columns: [n] }
            output: { kind: 类型, at: 位置 }
            steps:
              - open: http://fake.test/p
              - try:
                  steps:
                    - click: "#missing"
                  catch:
                    errors: [system_error]
                    steps:
                      - output: { kind: "${error.kind}", at: "${error.step}" }
                  finally:
                    - log: 收尾
            """);
    RunSummary summary = run(flow, 1, 1, null);
    ItemResult item = summary.results().get(1);
    assertThat(item.status()).isEqualTo(ItemStatus.SUCCEEDED);
    assertThat(item.outputs())
        .containsEntry("kind", "system_error")
        .containsEntry("at", "steps[1].try.steps[0].click");
    assertThat(messages(summary, "INFO")).containsExactly("收尾");
  }

  @Test
  void callPassesItsArgumentsAsTheCalledFlowsItemAndReturnsItsOutputs() throws Exception {
    web.page(
        "/company", q -> "<html><body><p id='name'>公司-" + q.get("code") + "</p></body></html>");
    called =
        flow(
            """
            flow: lookup
            input:
              form:
                - { name: code }
            output: { name: 名称 }
            steps:
              - open: "http://fake.test/company?code=${item.code}"
              - read: { selector: "#name", into: name }
              - output: { name: "${name}" }
            """);
    Flow flow =
        flow(
            """
            flow: caller
            input: { file: csv, columns: [n] }
            output: { found: 名称 }
            steps:
              - call: { flow: lookup, with: { code: "C${item.n}" }, into: found }
              - output: { found: "${found.name}" }
            """);
    RunSummary summary = run(flow, 1, 2, null);
    assertThat(summary.results().values())
        .extracting(r -> r.outputs().get("found"))
        .containsExactly("公司-C1", "公司-C2");
  }

  @Test
  void everyItemStartsFromWhatBeforeLeftNotFromWhatTheLastItemSet() throws Exception {
    Flow flow =
        flow(
            """
            flow: scoped
            input: { file: csv, columns: [n] }
            output: { count: 次数 }
            before:
              - set: { count: 0 }
            steps:
              - for_each:
                  in: "${[1, 2]}"
                  as: x
                  steps:
                    - set: { count: "${count + 1}" }
              - output: { count: "${count}" }
            """);
    RunSummary summary = run(flow, 1, 3, null);
    assertThat(summary.results().values())
        .extracting(r -> String.valueOf(r.outputs().get("count")))
        .containsExactly("2", "2", "2");
  }

  @Test
  void aStopEndsTheItemBetweenTwoStepsAndNoFurtherItemStarts() throws Exception {
    AtomicReference<FlowRunner> runner = new AtomicReference<>();
    web.page(
            "/first",
            q -> {
              runner.get().stop(); // Ctrl-C while the first page loads
              return "<html><body><p id='v'>1</p></body></html>";
            })
        .page("/second", "<html><body><p id='v'>2</p></body></html>");
    Flow flow =
        flow(
            """
            flow: stopping
            input: { file: csv, columns: [n] }
            steps:
              - open: http://fake.test/first
              - open: http://fake.test/second
            """);
    runner.set(runner(flow, 3));
    Path file = Files.writeString(dir.resolve("items.csv"), "n\n1\n2\n");
    RunSummary summary = runner.get().run(Inputs.fromFile(file, flow.input(), Map.of()), null);
    assertThat(summary.stopped()).isTrue();
    assertThat(summary.results()).hasSize(1);
    assertThat(summary.results().get(1).status()).isEqualTo(ItemStatus.STOPPED);
    assertThat(web.hits("/first")).isEqualTo(1);
    assertThat(web.hits("/second")).isZero();
  }
}
