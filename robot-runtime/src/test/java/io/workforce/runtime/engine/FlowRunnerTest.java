package io.workforce.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.input.ListSource;
import io.workforce.runtime.journal.HtmlReport;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.journal.JournalWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The engine on flows without a page: paths, events, outcomes (no browser needed). */
class FlowRunnerTest {

  @TempDir Path dir;

  Flow flow(String yaml) {
    return FlowParser.create().parse("t.yaml", yaml);
  }

  RunSummary run(Flow flow, ListSource source) {
    return runner(flow).run(source, null);
  }

  FlowRunner runner(Flow flow) {
    RunOptions options =
        RunOptions.defaults()
            .withRunsDir(dir.resolve("runs"))
            .withWorkDir(dir)
            .withRetries(2, Duration.ofMillis(1))
            .withEnv(Map.of());
    return new FlowRunner(flow, options, name -> Optional.empty(), new NoBrowser(), null);
  }

  ListSource csv(String text, Flow flow) throws Exception {
    Path file = dir.resolve("rows-" + System.nanoTime() + ".csv");
    Files.writeString(file, text);
    return Inputs.fromFile(file, flow.input(), Map.of());
  }

  static List<JsonNode> journal(RunSummary summary) throws Exception {
    return Files.readAllLines(summary.runDir().resolve(JournalWriter.FILE)).stream()
        .map(JournalWriter::parse)
        .toList();
  }

  static List<JsonNode> events(List<JsonNode> journal, String type) {
    return journal.stream().filter(e -> type.equals(e.path("type").asString())).toList();
  }

  @Test
  void stepPathsInsideForEachCarryTheIndexOfTheElement() throws Exception {
    Flow flow =
        flow(
            """
            flow: loops
            steps:
              - set: { rows: "${[['a', 'b'], ['c']]}" }
              - for_each:
                  in: "${rows}"
                  as: row
                  steps:
                    - for_each:
                        in: "${row}"
                        as: cell
                        steps:
                          - log: "${cell}"
            """);
    RunSummary summary = run(flow, Inputs.fromFields(Map.of(), flow.input()));
    List<String> logged =
        events(journal(summary), "log").stream().map(e -> e.path("step").asString()).toList();
    assertThat(logged)
        .containsExactly(
            "steps[1].for_each[0].steps[0].for_each[0].steps[0].log",
            "steps[1].for_each[0].steps[0].for_each[1].steps[0].log",
            "steps[1].for_each[1].steps[0].for_each[0].steps[0].log");
  }

  @Test
  void aFailedStepIsReportedOnceNotOncePerEnclosingBlock() throws Exception {
    Flow flow =
        flow(
            """
            flow: nested
            steps:
              - if:
                  condition: "${true}"
                  then:
                    - for_each:
                        in: "${[1, 2]}"
                        as: n
                        steps:
                          - if:
                              condition: "${n == 2}"
                              then:
                                - fail: "第 ${n} 个不对"
            """);
    RunSummary summary = run(flow, Inputs.fromFields(Map.of(), flow.input()));
    List<JsonNode> failed =
        events(journal(summary), "step_end").stream()
            .filter(e -> "failed".equals(e.path("outcome").asString()))
            .toList();
    assertThat(failed)
        .extracting(e -> e.path("step").asString())
        .containsExactly(
            "steps[0].if.then[0].for_each[1].steps[0].if.then[0].fail",
            "steps[0].if.then[0].for_each[1].steps[0].if",
            "steps[0].if.then[0].for_each",
            "steps[0].if");
    assertThat(failed)
        .extracting(e -> e.path("message").asString(null))
        .containsExactly(
            "第 2 个不对 [step steps[0].if.then[0].for_each[1].steps[0].if.then[0].fail at"
                + " t.yaml:13:23; run "
                + summary.runId()
                + "]",
            null,
            null,
            null);
    String report = Files.readString(summary.runDir().resolve(HtmlReport.FILE));
    assertThat(report.split("第 2 个不对", -1)).hasSize(3); // the item's reason and one failed step
    assertThat(report.split("class=\"failure\"", -1)).hasSize(2);
  }

  @Test
  void doneEndsTheItemWellAsSucceededOrUnchangedWithItsReasonKeyAndOutputs() throws Exception {
    Flow flow =
        flow(
            """
            flow: outcomes
            input: { file: csv, columns: [序号, 身份证号], key: [身份证号] }
            output: { receipt: 受理编号 }
            steps:
              - try:
                  steps:
                    - if:
                        condition: "${item['序号'] == '2'}"
                        then:
                          - output: { receipt: SL-0002 }
                          - done: { outcome: unchanged, reason: "重复：${item['身份证号']} 已受理，未录入" }
                    - if:
                        condition: "${item['序号'] == '3'}"
                        then:
                          - fail: 身份证号校验位错误
                  finally:
                    - log: "finally ${item['序号']}"
              - output: { receipt: "SL-000${item['序号']}" }
            """);
    RunSummary summary = run(flow, csv("序号,身份证号\n1,110101\n2,110102\n3,110103\n", flow));
    assertThat(summary.results().values())
        .extracting(r -> r.status(), r -> r.reason(), r -> r.outputs(), r -> r.key())
        .containsExactly(
            tuple(
                ItemStatus.SUCCEEDED, null, Map.of("receipt", "SL-0001"), Map.of("身份证号", "110101")),
            tuple(
                ItemStatus.UNCHANGED,
                "重复：110102 已受理，未录入",
                Map.of("receipt", "SL-0002"),
                Map.of("身份证号", "110102")),
            tuple(ItemStatus.BUSINESS_FAILED, "身份证号校验位错误", Map.of(), Map.of("身份证号", "110103")));
    assertThat(summary.ok()).isEqualTo(2);
    assertThat(summary.failed()).isEqualTo(1);
    List<JsonNode> journal = journal(summary);
    JsonNode unchanged = events(journal, "item_end").get(1);
    assertThat(unchanged.path("status").asString()).isEqualTo("UNCHANGED");
    assertThat(unchanged.path("reason").asString()).isEqualTo("重复：110102 已受理，未录入");
    assertThat(unchanged.path("key").path("身份证号").asString()).isEqualTo("110102");
    assertThat(unchanged.path("outputs").path("receipt").asString()).isEqualTo("SL-0002");
    assertThat(events(journal, "log"))
        .extracting(e -> e.path("message").asString())
        .containsExactly("finally 1", "finally 2", "finally 3");
    assertThat(
            events(journal, "step_end").stream()
                .filter(e -> e.path("step").asString().endsWith(".done"))
                .map(e -> e.path("outcome").asString()))
        .containsExactly("ok");
  }

  @Test
  void anItemStoppedByTheUserIsStoppedNotFailedAndItsReasonIsNotDoubled() throws Exception {
    Flow flow =
        flow(
            """
            flow: stop
            input: { file: csv, columns: [n] }
            steps:
              - log: "first ${item.n}"
              - log: "second ${item.n}"
            """);
    FlowRunner runner = runner(flow);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    io.workforce.runtime.journal.ConsoleProgress console =
        new io.workforce.runtime.journal.ConsoleProgress(
            new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
            false,
            java.time.Clock.systemUTC());
    RunSummary summary =
        runner.run(
            csv("n\n1\n2\n", flow),
            event -> {
              console.accept(event);
              if (event instanceof io.workforce.runtime.journal.RunEvent.Logged) {
                runner.stop(); // Ctrl-C during the first step of item 1
              }
            });
    assertThat(summary.stopped()).isTrue();
    assertThat(summary.results()).hasSize(1);
    assertThat(summary.table().rows())
        .extracting(r -> r.status(), r -> r.cells().get(2))
        .containsExactly(
            tuple(ItemStatus.STOPPED, io.workforce.runtime.Messages.get("status.stopped")),
            tuple(null, io.workforce.runtime.Messages.get("result.notRun")));
    ItemResult stopped = summary.results().get(1);
    assertThat(stopped.status()).isEqualTo(ItemStatus.STOPPED);
    assertThat(stopped.reason()).isNull();
    assertThat(summary.failed()).isZero();
    String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    String word = io.workforce.runtime.Messages.get("status.stopped");
    assertThat(printed)
        .doesNotContain(word + ": " + word)
        .contains(io.workforce.runtime.Messages.get("console.count", word, 1))
        .doesNotContain(io.workforce.runtime.Messages.get("status.business_failed"))
        .doesNotContain(io.workforce.runtime.Messages.get("console.failures", 1));
  }

  @Test
  void everyRunWritesAResultFileWithInputsOutcomeReasonAndOutputsUnderTheFlowsLabels()
      throws Exception {
    Flow flow =
        flow(
            """
            flow: results
            input:
              file: csv
              columns: [序号, 姓名]
              fields: [ { name: batch, label: 批次 } ]
            output: { receipt: 受理编号, result: 处理结果 }
            steps:
              - if:
                  condition: "${item['序号'] == '2'}"
                  then:
                    - output: { receipt: SL-0002, result: 重复 }
                    - done: { outcome: unchanged, reason: 已受理，未录入 }
              - if:
                  condition: "${item['序号'] == '3'}"
                  then:
                    - fail: 姓名有误
              - output: { receipt: "SL-000${item['序号']}", result: 已录入 }
            """);
    Path file = dir.resolve("rows.csv");
    Files.writeString(file, "序号,姓名\n1,张三\n2,李四\n3,王五\n");
    RunSummary summary = run(flow, Inputs.fromFile(file, flow.input(), Map.of("batch", "7")));
    String ok = io.workforce.runtime.Messages.get("status.succeeded");
    String unchanged = io.workforce.runtime.Messages.get("status.unchanged");
    String business = io.workforce.runtime.Messages.get("status.business_failed");
    List<List<String>> expected =
        List.of(
            List.of(
                io.workforce.runtime.Messages.get("result.index"),
                "序号",
                "姓名",
                "批次",
                io.workforce.runtime.Messages.get("result.status"),
                io.workforce.runtime.Messages.get("result.reason"),
                "受理编号",
                "处理结果"),
            List.of("1", "1", "张三", "7", ok, "", "SL-0001", "已录入"),
            List.of("2", "2", "李四", "7", unchanged, "已受理，未录入", "SL-0002", "重复"),
            List.of("3", "3", "王五", "7", business, "姓名有误", "", ""));
    assertThat(io.workforce.runtime.input.Tables.xlsx(summary.resultXlsx(), null))
        .isEqualTo(expected);
    assertThat(io.workforce.runtime.input.Tables.csv(summary.resultCsv(), null, ','))
        .isEqualTo(expected);
    assertThat(Files.readString(summary.runDir().resolve(HtmlReport.FILE)))
        .contains("<a href=\"result.xlsx\">")
        .contains("<a href=\"result.csv\">");
  }

  @Test
  void anExpressionThatWouldHangTheRobotFailsItsItemNamingTheStepAndTheExpression()
      throws Exception {
    Flow flow =
        flow(
            """
            flow: greedy
            steps:
              - log: start
              - set: { n: "${len(str(1..999999999))}" }
            """);
    long started = System.nanoTime();
    RunSummary summary = run(flow, Inputs.fromFields(Map.of(), flow.input()));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    var result = summary.results().get(1);
    assertThat(result.status()).isEqualTo(io.workforce.runtime.journal.ItemStatus.BUSINESS_FAILED);
    assertThat(result.reason()).contains("${len(str(1..999999999))}").contains("100000 elements");
    JsonNode end = events(journal(summary), "item_end").get(0);
    assertThat(end.path("failedStep").asString()).isEqualTo("steps[1].set");
  }
}
