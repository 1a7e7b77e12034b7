package io.workforce.runtime.samples;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowResolver;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.engine.FlowRunner;
import io.workforce.runtime.engine.RunOptions;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.WorkSource;
import io.workforce.runtime.journal.RunEventSink;
import io.workforce.runtime.vault.LocalVault;
import io.workforce.runtime.vault.VaultKey;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.data.DataFiles;
import io.workforce.samples.web.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The sample legacy systems, their data files and a vault holding their demo accounts, for runs of
 * the sample flows. Test support; one per test class.
 */
public final class SampleRig implements AutoCloseable {

  /** The sample flows, from the samples module. */
  public static final Path FLOWS = Path.of("..", "samples", "flows").toAbsolutePath().normalize();

  public final SampleSystems systems;
  public final Path dir;
  public final LocalVault vault;

  public SampleRig(SampleOptions options, Path dir) throws Exception {
    this.systems = SampleSystems.start(options);
    this.dir = dir;
    DataFiles.write(systems.groundTruth(), dir.resolve("data"));
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    vault =
        LocalVault.open(
            dir.resolve("vault.json"),
            VaultKey.resolve(
                Base64.getEncoder().encodeToString(key), dir.resolve("vault.key"), false));
    store("registry-clerk", SampleSystems.account("registry"));
    store("intake-clerk", SampleSystems.account("intake"));
    store("health-clerk", SampleSystems.account("health"));
    store("archive-clerk", SampleSystems.account("archive"));
  }

  private void store(String name, Account account) {
    vault.set(name, account.username(), account.password(), Map.of());
  }

  /** A sample flow, parsed and validated. */
  public static Flow flow(String name) {
    return FlowParser.create()
        .withResolver(FlowResolver.directory(FLOWS))
        .parse(FLOWS.resolve(name + ".yaml"));
  }

  /**
   * Options for runs against these systems: their URLs in the environment, runs under the rig's
   * directory.
   */
  public RunOptions options(int workers) {
    return RunOptions.defaults()
        .withWorkers(workers)
        .withRunsDir(dir.resolve("runs"))
        .withWorkDir(dir)
        .withRetries(3, Duration.ofMillis(200))
        .withStepTimeout(Duration.ofSeconds(10))
        .withEnv(
            Map.of(
                "REGISTRY_URL",
                systems.registryUrl(),
                "INTAKE_URL",
                systems.intakeUrl(),
                "HEALTH_URL",
                systems.healthUrl(),
                "ARCHIVE_URL",
                systems.archiveUrl()));
  }

  /** Runs a sample flow. */
  public RunSummary run(
      String flow, WorkSource source, BrowserDriver driver, int workers, RunEventSink sink) {
    return run(flow, source, driver, options(workers), sink);
  }

  /** Runs a sample flow with these options. */
  public RunSummary run(
      String flow, WorkSource source, BrowserDriver driver, RunOptions options, RunEventSink sink) {
    return new FlowRunner(flow(flow), options, vault, driver, FlowResolver.directory(FLOWS))
        .run(source, sink);
  }

  /** A data file written for these systems (e.g. {@code subsidy-applications-dirty.xlsx}). */
  public Path data(String file) {
    Path p = dir.resolve("data").resolve(file);
    if (!Files.exists(p)) {
      throw new IllegalArgumentException("no data file " + p);
    }
    return p;
  }

  @Override
  public void close() {
    systems.close();
  }
}
