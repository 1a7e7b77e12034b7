package io.workforce.runtime.engine;

import io.workforce.runtime.BrowserDriver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * How a run goes.
 *
 * @param workers items run at once (limited by the smallest {@code max_sessions} of the flow's
 *     systems)
 * @param attempts tries per item for system errors (1 = no retry)
 * @param backoff wait before the second try; doubles per try up to {@code maxBackoff}
 * @param maxBackoff longest wait between tries
 * @param stepTimeout how long browser steps wait unless a step says otherwise
 * @param runsDir where {@code <run-id>/} directories are made
 * @param workDir against which relative file paths in steps are resolved
 * @param env the environment a run's flows read from (the vault key variables are never in it); a
 *     flow sees only the names it writes ({@link FlowEnvironment})
 * @param clock the time source
 */
public record RunOptions(
    int workers,
    int attempts,
    Duration backoff,
    Duration maxBackoff,
    Duration stepTimeout,
    Path runsDir,
    Path workDir,
    Map<String, String> env,
    Clock clock) {

  /** Variables never exposed to flows. */
  public static final java.util.Set<String> HIDDEN_ENV =
      java.util.Set.of("WORKFORCE_VAULT_KEY", "WORKFORCE_MASTER_KEY");

  public RunOptions {
    if (workers < 1) {
      throw new IllegalArgumentException("--workers must be at least 1, got " + workers);
    }
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
    }
    java.util.Map<String, String> visible = new java.util.TreeMap<>(env);
    HIDDEN_ENV.forEach(visible::remove);
    env = java.util.Collections.unmodifiableMap(visible);
  }

  /**
   * One worker, 3 tries with 1 s / 2 s backoff, 30 s step timeout, {@code ./runs}, the process
   * environment.
   */
  public static RunOptions defaults() {
    return new RunOptions(
        1,
        3,
        Duration.ofSeconds(1),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Path.of("runs"),
        Path.of("").toAbsolutePath(),
        System.getenv(),
        Clock.systemUTC());
  }

  public RunOptions withWorkers(int value) {
    return new RunOptions(
        value, attempts, backoff, maxBackoff, stepTimeout, runsDir, workDir, env, clock);
  }

  public RunOptions withRetries(int tries, Duration firstBackoff) {
    return new RunOptions(
        workers, tries, firstBackoff, maxBackoff, stepTimeout, runsDir, workDir, env, clock);
  }

  public RunOptions withStepTimeout(Duration value) {
    return new RunOptions(
        workers, attempts, backoff, maxBackoff, value, runsDir, workDir, env, clock);
  }

  public RunOptions withRunsDir(Path value) {
    return new RunOptions(
        workers, attempts, backoff, maxBackoff, stepTimeout, value, workDir, env, clock);
  }

  public RunOptions withWorkDir(Path value) {
    return new RunOptions(
        workers, attempts, backoff, maxBackoff, stepTimeout, runsDir, value, env, clock);
  }

  public RunOptions withEnv(Map<String, String> value) {
    return new RunOptions(
        workers, attempts, backoff, maxBackoff, stepTimeout, runsDir, workDir, value, clock);
  }

  /**
   * The driver kind is chosen by whoever creates the {@link BrowserDriver}; listed here for the
   * journal.
   */
  static String describe(BrowserDriver driver) {
    return driver.kind().name().toLowerCase(java.util.Locale.ROOT);
  }
}
