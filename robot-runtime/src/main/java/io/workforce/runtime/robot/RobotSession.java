package io.workforce.runtime.robot;

import io.workforce.protocol.client.OrchestratorClient;
import io.workforce.protocol.client.RobotOutbox;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.engine.RunOptions;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the parts of a connected robot share: its connection, outbox, background threads, browser
 * driver, flow cache and settings. One per robot process (a new one after re-enrolment: the token
 * changed).
 */
final class RobotSession {

  /** How long calls that must not be lost wait for an orchestrator that cannot be reached. */
  static final Duration PATIENCE = Duration.ofMinutes(10);

  private final RobotOptions options;
  private final OrchestratorClient client;
  private final RobotOutbox outbox;
  private final ScheduledExecutorService scheduler;
  private final BrowserDriver driver;
  private final FlowCache flows;
  private final RunOptions runOptions;
  private volatile Duration skew = Duration.ZERO;

  RobotSession(
      RobotOptions options,
      OrchestratorClient client,
      ScheduledExecutorService scheduler,
      BrowserDriver driver) {
    this.options = options;
    this.client = client;
    this.outbox = new RobotOutbox(client, options.spoolDir());
    this.scheduler = scheduler;
    this.driver = driver;
    this.flows = new FlowCache(client, PATIENCE);
    this.runOptions =
        RunOptions.defaults()
            .withWorkers(options.workers())
            .withRunsDir(options.runsDir())
            .withWorkDir(options.stateDir().toAbsolutePath())
            .withRetries(options.attempts(), Duration.ofSeconds(1))
            .withStepTimeout(options.stepTimeout())
            .withEnv(options.env());
  }

  RobotOptions options() {
    return options;
  }

  OrchestratorClient client() {
    return client;
  }

  RobotOutbox outbox() {
    return outbox;
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  BrowserDriver driver() {
    return driver;
  }

  FlowCache flows() {
    return flows;
  }

  RunOptions runOptions() {
    return runOptions;
  }

  Duration patience() {
    return PATIENCE;
  }

  /** The orchestrator's clock minus this machine's, from the last heartbeat. */
  Duration skew() {
    return skew;
  }

  void skew(Duration value) {
    skew = value;
  }

  /**
   * Runs a call that must not be lost, waiting for an unreachable orchestrator (see {@link
   * Retrying}).
   */
  void retrying(String what, Runnable call) {
    Retrying.run(what, PATIENCE, call);
  }
}
