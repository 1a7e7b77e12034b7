package io.workforce.runtime.engine;

import static io.workforce.runtime.engine.FlowRunnerTest.events;
import static io.workforce.runtime.engine.FlowRunnerTest.journal;
import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.testkit.FixtureServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code before} prepares a page once, every item goes on working on it where the previous one left
 * it (no blank page, no reload), {@code after} sees the page after the last item: on each driver.
 */
abstract class RunLevelContract {

  @TempDir Path dir;

  abstract BrowserDriver.Kind kind();

  /** A page that counts clicks in its own memory: a reload or a new page starts again at 0. */
  static FixtureServer tally() {
    return FixtureServer.start()
        .page(
            "/tally",
            """
            <html><body><input id="who"><button id="add" onclick="
              window.n = (window.n || 0) + 1;
              document.getElementById('count').textContent = window.n;
              document.getElementById('names').textContent += document.getElementById('who').value + ';'
            ">加一</button><p id="count">0</p><p id="names"></p></body></html>""");
  }

  @Test
  void beforePreparesThePageOnceItemsCarryOnWhereThePreviousLeftAndAfterSeesTheEnd()
      throws Exception {
    Flow flow =
        FlowParser.create()
            .parse(
                "carry.yaml",
                """
                flow: carry
                input: { file: csv, columns: [name] }
                output: { count: 次数 }
                before:
                  - open: "${env.FIXTURE_URL}/tally"
                steps:
                  - fill: { "#who": "${item.name}" }
                  - click: "#add"
                  - read: { selector: "#count", into: count }
                  - output: { count: "${count}" }
                after:
                  - read: { selector: "#names", into: names }
                  - log: "after ${names}"
                """);
    Path csv = dir.resolve("rows.csv");
    Files.writeString(csv, "name\n甲\n乙\n丙\n");
    try (FixtureServer server = tally();
        BrowserDriver driver =
            BrowserDriver.start(
                kind(), DriverOptions.defaults().withTimeout(Duration.ofSeconds(10)))) {
      RunOptions options =
          RunOptions.defaults()
              .withRunsDir(dir.resolve("runs"))
              .withWorkDir(dir)
              .withRetries(1, Duration.ofMillis(10))
              .withStepTimeout(Duration.ofSeconds(10))
              .withEnv(Map.of("FIXTURE_URL", server.url("")));
      RunSummary run =
          new FlowRunner(flow, options, name -> Optional.empty(), driver, null)
              .run(Inputs.fromFile(csv, flow.input(), Map.of()), null);
      assertThat(run.results().values())
          .as("%s", run.results())
          .extracting(r -> r.status(), r -> String.valueOf(r.outputs().get("count")))
          .containsExactly(
              org.assertj.core.api.Assertions.tuple(ItemStatus.SUCCEEDED, "1"),
              org.assertj.core.api.Assertions.tuple(ItemStatus.SUCCEEDED, "2"),
              org.assertj.core.api.Assertions.tuple(ItemStatus.SUCCEEDED, "3"));
      assertThat(events(journal(run), "log"))
          .extracting(e -> e.path("message").asString())
          .containsExactly("after 甲;乙;丙;");
    }
  }
}
