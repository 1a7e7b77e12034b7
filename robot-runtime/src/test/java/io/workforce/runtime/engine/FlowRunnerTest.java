package io.workforce.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ListSource;
import io.workforce.runtime.journal.HtmlReport;
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
    RunOptions options =
        RunOptions.defaults()
            .withRunsDir(dir.resolve("runs"))
            .withWorkDir(dir)
            .withRetries(2, Duration.ofMillis(1))
            .withEnv(Map.of());
    return new FlowRunner(flow, options, name -> Optional.empty(), new NoBrowser(), null)
        .run(source, null);
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
