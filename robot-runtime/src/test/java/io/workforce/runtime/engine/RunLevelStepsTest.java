package io.workforce.runtime.engine;

import static io.workforce.runtime.engine.FlowRunnerTest.events;
import static io.workforce.runtime.engine.FlowRunnerTest.journal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ListSource;
import io.workforce.runtime.journal.ItemStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code before}, {@code after}, {@code item.index}, {@code item.last} and {@code run.*}. */
class RunLevelStepsTest {

  @TempDir Path dir;

  RunSummary run(String yaml, String csv) throws Exception {
    Flow flow = FlowParser.create().parse("t.yaml", yaml);
    Path file = dir.resolve("rows.csv");
    Files.writeString(file, csv);
    ListSource source = Inputs.fromFile(file, flow.input(), Map.of());
    RunOptions options =
        RunOptions.defaults()
            .withRunsDir(dir.resolve("runs"))
            .withWorkDir(dir)
            .withRetries(2, Duration.ofMillis(1))
            .withEnv(Map.of());
    return new FlowRunner(flow, options, name -> Optional.empty(), new NoBrowser(), null)
        .run(source, null);
  }

  static List<String> logs(RunSummary summary) throws Exception {
    return events(journal(summary), "log").stream().map(e -> e.path("message").asString()).toList();
  }

  @Test
  void beforeRunsOnceItsVariablesReachEveryItemAndAfterRunsOnceAlsoWhenAnItemFailed()
      throws Exception {
    RunSummary summary =
        run(
            """
            flow: batch
            input: { file: csv, columns: [name] }
            before:
              - set: { greeting: 你好, seen: 0 }
              - log: "before ${run.items}"
            steps:
              - set: { seen: "${seen + 1}" }
              - if:
                  condition: "${item.name == 'bad'}"
                  then:
                    - fail: 坏数据
              - log: "${greeting} ${item.name} #${item.index}/${run.items} last=${item.last} seen=${seen}"
            after:
              - log: "after ${greeting} seen=${seen} ${run.id} ${run.dir}"
            """,
            "name\na\nbad\nc\n");
    assertThat(summary.results().values())
        .extracting(r -> r.status())
        .containsExactly(ItemStatus.SUCCEEDED, ItemStatus.BUSINESS_FAILED, ItemStatus.SUCCEEDED);
    // every item starts from what before left (seen=0), not from what the item before it changed
    assertThat(logs(summary))
        .containsExactly(
            "before 3",
            "你好 a #1/3 last=false seen=1",
            "你好 c #3/3 last=true seen=1",
            "after 你好 seen=0 " + summary.runId() + " " + summary.runDir().toAbsolutePath());
    List<JsonNode> journal = journal(summary);
    assertThat(events(journal, "step_start"))
        .extracting(e -> e.path("step").asString())
        .filteredOn(p -> !p.startsWith("steps"))
        .containsExactly("before[0].set", "before[1].log", "after[0].log");
    // the result file lists the input columns only, not the runtime's item.index / item.last
    assertThat(summary.table().header()).doesNotContain("index", "last");
  }

  @Test
  void whenBeforeFailsEachItemFailsWithItsReasonAndAfterDoesNotRun() throws Exception {
    RunSummary summary =
        run(
            """
            flow: broken-before
            input: { file: csv, columns: [name] }
            before:
              - fail: 列表页打不开
            steps:
              - log: "${item.name}"
            after:
              - log: after
            """,
            "name\na\nb\n");
    assertThat(summary.results().values())
        .extracting(r -> r.status(), r -> r.reason())
        .containsExactly(
            tuple(ItemStatus.BUSINESS_FAILED, "列表页打不开"),
            tuple(ItemStatus.BUSINESS_FAILED, "列表页打不开"));
    assertThat(events(journal(summary), "item_end"))
        .extracting(e -> e.path("failedStep").asString())
        .containsOnly("before[0].fail");
    assertThat(logs(summary)).isEmpty();
  }

  @Test
  void filesWrittenByRelativePathGoIntoTheRunDirectoryAreReadBackAndLinkedFromTheReport()
      throws Exception {
    String yaml =
        """
        flow: files
        input: { file: csv, columns: [name] }
        steps:
          - write_csv: { file: out/rows.csv, rows: "${[{'name': item.name}]}", columns: [name] }
          - write_sheet: { file: out/rows.xlsx, rows: "${[{'name': item.name}]}", columns: [name] }
          - read_csv: { file: out/rows.csv, into: back }
          - log: "read back ${back[0].name} from ${run.dir}"
        """;
    RunSummary first = run(yaml, "name\n甲\n");
    RunSummary second = run(yaml, "name\n乙\n");
    // two runs never overwrite each other's files, and nothing lands in the work directory
    assertThat(first.runDir().resolve("out/rows.csv")).content().contains("甲");
    assertThat(second.runDir().resolve("out/rows.csv")).content().contains("乙");
    assertThat(first.runDir().resolve("out/rows.xlsx")).isRegularFile();
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(logs(first)).containsExactly("read back 甲 from " + first.runDir().toAbsolutePath());
    assertThat(events(journal(first), "file"))
        .extracting(e -> e.path("step").asString(), e -> e.path("path").asString())
        .containsExactly(
            tuple("steps[0].write_csv", "out/rows.csv"),
            tuple("steps[1].write_sheet", "out/rows.xlsx"));
    assertThat(first.runDir().resolve(io.workforce.runtime.journal.HtmlReport.FILE))
        .content()
        .contains("<a href=\"out/rows.csv\">out/rows.csv</a>")
        .contains("<a href=\"out/rows.xlsx\">out/rows.xlsx</a>");
  }

  @Test
  void theReportOfASuccessfulRunShowsEachItemsStepsAndLogLinesAndTheAfterSteps() throws Exception {
    RunSummary summary =
        run(
            """
            flow: traced
            input: { file: csv, columns: [name] }
            before:
              - set: { n: 0 }
            steps:
              - set: { greeting: "hello ${item.name}" }
              - log: "said ${greeting}"
            after:
              - log: all done
            """,
            "name\nAda\nBob\n");
    assertThat(summary.failed()).isZero();
    String report =
        Files.readString(summary.runDir().resolve(io.workforce.runtime.journal.HtmlReport.FILE));
    assertThat(report)
        .contains("before[0].set")
        .contains("steps[0].set")
        .contains("steps[1].log")
        .contains("said hello Ada")
        .contains("said hello Bob")
        .contains("after[0].log")
        .contains("all done");
    assertThat(report.indexOf("said hello Ada")).isLessThan(report.indexOf("said hello Bob"));
  }
}
