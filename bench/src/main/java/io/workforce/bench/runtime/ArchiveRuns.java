package io.workforce.bench.runtime;

import io.workforce.flows.Flow;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.engine.FlowRunner;
import io.workforce.runtime.engine.RunOptions;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.vault.Credential;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.web.Account;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the archive benchmarks share: the archive system with its log-in recipe, and one run of a
 * flow against fresh sample systems with the archive clerk's account.
 */
final class ArchiveRuns {

  /** The {@code systems:} block of a flow on the archive sample system. */
  static final String SYSTEMS =
      """
      systems:
        archive:
          url: ${env.ARCHIVE_URL}
          credential: archive-clerk
          login:
            - open: { system: archive, path: /dagl/login.do }
            - fill: { "#username": "${credential.username}", "#password": "${credential.password}" }
            - click: "#btnLogin"
            - wait_for: "#welcome"
      """;

  private ArchiveRuns() {}

  /** Runs {@code flow} once (no input) against {@code systems}' archive. */
  static RunSummary run(Flow flow, SampleSystems systems, BrowserDriver driver, Path runs) {
    Account a = SampleSystems.account("archive");
    RunOptions options =
        RunOptions.defaults()
            .withRunsDir(runs)
            .withWorkDir(runs)
            .withRetries(1, Duration.ofMillis(200))
            .withStepTimeout(Duration.ofSeconds(30))
            .withEnv(Map.of("ARCHIVE_URL", systems.archiveUrl()));
    return new FlowRunner(
            flow,
            options,
            name -> Optional.of(new Credential(name, a.username(), a.password(), Map.of())),
            driver,
            null)
        .run(Inputs.fromFields(Map.of(), flow.input()), null);
  }
}
