package io.workforce.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ConsoleProgress;
import io.workforce.runtime.journal.HtmlReport;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.testkit.FixtureServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a failed item is reported, on each driver: the console and the report end the message with
 * where it happened ({@code [step … at file:line:col; item …; run …; screenshot …]}, as
 * docs/robot-runtime.md shows), and a selector that no page can answer fails the item at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FailureReportsContract {

  @TempDir Path dir;
  private FixtureServer server;
  private BrowserDriver driver;

  abstract BrowserDriver.Kind kind();

  @BeforeAll
  void start() {
    server =
        FixtureServer.start()
            .page(
                "/page",
                "<html><head><title>受理</title></head><body><h1>申请表</h1>"
                    + "<button id='ok'>提交</button></body></html>");
    driver =
        BrowserDriver.start(kind(), DriverOptions.defaults().withTimeout(Duration.ofSeconds(2)));
  }

  @AfterAll
  void stop() {
    driver.close();
    server.close();
  }

  private Run run(String yaml, Map<String, String> fields, int tries) throws Exception {
    Path file = Files.writeString(dir.resolve("fail.yaml"), yaml);
    Flow flow = FlowParser.create().parse(file);
    RunOptions options =
        RunOptions.defaults()
            .withRunsDir(dir.resolve("runs"))
            .withWorkDir(dir)
            .withRetries(tries, Duration.ofMillis(10))
            .withStepTimeout(Duration.ofSeconds(1))
            .withEnv(Map.of("FIXTURE_URL", server.url("")));
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    ConsoleProgress progress =
        new ConsoleProgress(
            new PrintStream(console, true, StandardCharsets.UTF_8), false, Clock.systemUTC());
    RunSummary summary =
        new FlowRunner(flow, options, name -> Optional.empty(), driver, null)
            .run(Inputs.fromFields(fields, flow.input()), progress);
    return new Run(summary, console.toString(StandardCharsets.UTF_8), file.toString());
  }

  private record Run(RunSummary summary, String console, String file) {}

  @Test
  void aFailureEndsWithWhereItHappenedOnTheConsoleAndInTheReport() throws Exception {
    Run run =
        run(
            """
            flow: fail-here
            input: { form: [ { name: name } ] }
            steps:
              - open: "${env.FIXTURE_URL}/page"
              - click: "#missing"
            """,
            Map.of("name", "张三"),
            1);
    ItemResult result = run.summary().results().get(1);
    assertThat(result.status()).isEqualTo(ItemStatus.SYSTEM_FAILED);
    Pattern suffix =
        Pattern.compile(
            Pattern.quote("[step steps[1].click at " + run.file() + ":5:5; item ")
                + "[^;]+"
                + Pattern.quote("; run " + run.summary().runId() + "; screenshot ")
                + "\\S+\\.png\\]");
    assertThat(run.console()).contains("#missing").containsPattern(suffix);
    String report = Files.readString(run.summary().runDir().resolve(HtmlReport.FILE));
    assertThat(report).containsPattern(suffix);
  }

  @Test
  void aSelectorMadeInvalidByTheDataFailsTheItemOnceWithoutRetry() throws Exception {
    Run run =
        run(
            """
            flow: bad-selector
            input: { form: [ { name: code } ] }
            steps:
              - open: "${env.FIXTURE_URL}/page"
              - click: "#${item.code}"
            """,
            Map.of("code", "1abc"),
            3);
    ItemResult result = run.summary().results().get(1);
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.status()).isEqualTo(ItemStatus.BUSINESS_FAILED);
    assertThat(result.reason()).contains("#1abc");
  }
}
