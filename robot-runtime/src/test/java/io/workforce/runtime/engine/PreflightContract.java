package io.workforce.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before its first row a run checks that every system of its flow has an address and that its
 * log-in page answers; if not, it fails once, in one message, and touches no row: on each driver.
 */
abstract class PreflightContract {

  static final String FLOW =
      """
      flow: intake-entry
      input: { file: csv, columns: [name] }
      systems:
        intake:
          url: ${env.INTAKE_URL}
          login:
            - open: { system: intake, path: /login }
      steps:
        - open: { system: intake, path: /apply }
        - read: { selector: "#title", into: title }
        - output: { title: "${title}" }
      """;

  @TempDir Path dir;
  BrowserDriver driver;
  Path csv;

  abstract BrowserDriver.Kind kind();

  @BeforeEach
  void start() throws Exception {
    driver =
        BrowserDriver.start(kind(), DriverOptions.defaults().withTimeout(Duration.ofSeconds(5)));
    StringBuilder rows = new StringBuilder("name\n");
    for (int i = 1; i <= 12; i++) {
      rows.append("row").append(i).append('\n');
    }
    csv = Files.writeString(dir.resolve("rows.csv"), rows);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private RunSummary run(Map<String, String> env) {
    Flow flow = FlowParser.create().parse("intake-entry.yaml", FLOW);
    RunOptions options =
        RunOptions.defaults()
            .withRunsDir(dir.resolve("runs"))
            .withWorkDir(dir)
            .withRetries(3, Duration.ofMillis(10))
            .withStepTimeout(Duration.ofSeconds(5))
            .withEnv(env);
    return new FlowRunner(flow, options, name -> Optional.empty(), driver, null)
        .run(Inputs.fromFile(csv, flow.input(), Map.of()), null);
  }

  @Test
  void aRunWhoseSystemHasNoAddressFailsBeforeItsFirstRowInOneMessageNamingTheSystem() {
    assertThatThrownBy(() -> run(Map.of("OTHER", "x")))
        .isInstanceOf(PreflightException.class)
        .hasMessageContaining("intake")
        .hasMessageContaining("INTAKE_URL")
        .hasMessageContaining("${env.INTAKE_URL}")
        .hasMessageNotContaining("invalid URL");
    assertThat(dir.resolve("runs")).doesNotExist();
  }

  @Test
  void aRunWhoseSystemsLogInPageDoesNotAnswerFailsBeforeItsFirstRow() {
    String gone;
    try (FixtureServer server = FixtureServer.start()) {
      gone = server.url("");
    }
    assertThatThrownBy(() -> run(Map.of("INTAKE_URL", gone)))
        .isInstanceOf(PreflightException.class)
        .hasMessageContaining("intake")
        .hasMessageContaining(gone.replaceAll("/$", "") + "/login")
        .hasMessageContaining("3");
    assertThat(dir.resolve("runs")).doesNotExist();
  }

  @Test
  void aRunWhoseSystemsAnswerGoesOnToItsRows() {
    try (FixtureServer server =
        FixtureServer.start()
            .page("/login", "<html><body><h1>登录</h1></body></html>")
            .page("/apply", "<html><body><h1 id=\"title\">受理</h1></body></html>")) {
      RunSummary summary = run(Map.of("INTAKE_URL", server.url("")));
      assertThat(summary.results()).hasSize(12);
      assertThat(summary.results().values())
          .allSatisfy(r -> assertThat(r.status()).isEqualTo(ItemStatus.SUCCEEDED));
    }
  }
}
