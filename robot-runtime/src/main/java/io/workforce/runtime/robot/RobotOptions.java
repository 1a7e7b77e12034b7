package io.workforce.runtime.robot;

import io.workforce.runtime.BrowserDriver;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a robot runs ({@code ./rpa robot …}).
 *
 * @param orchestrators the orchestrator's base address, e.g. {@code http://orch:18080}; or the
 *     addresses of a cluster's nodes (the robot talks to one and moves to the next when it does not
 *     answer), or one load balancer
 * @param enrolKey an enrolment key; needed the first time (and again only when the orchestrator
 *     refuses the kept token), or null
 * @param name the robot's name (unique among the orchestrator's robots)
 * @param pool the pool it works for, or null for the default pool
 * @param labels labels jobs may require
 * @param driver the browser driver flows run with
 * @param workers items of one job at once (capped by the flow's smallest {@code max_sessions})
 * @param stateDir where the token (0600), the event spool, input files and run directories are kept
 * @param lease how long an item is leased before it must be renewed; null = the queue's own lease
 * @param stepTimeout how long browser steps wait
 * @param attempts tries per item on system errors
 * @param grace on shutdown, how long the item in hand may take to finish before the robot stops
 *     after the step
 * @param env what flows read as {@code ${env.X}} (system addresses)
 * @param clock time source
 */
public record RobotOptions(
    List<URI> orchestrators,
    String enrolKey,
    String name,
    String pool,
    List<String> labels,
    BrowserDriver.Kind driver,
    int workers,
    Path stateDir,
    Duration lease,
    Duration stepTimeout,
    int attempts,
    Duration grace,
    Map<String, String> env,
    Clock clock) {

  public RobotOptions {
    orchestrators = List.copyOf(orchestrators);
    if (orchestrators.isEmpty()) {
      throw new IllegalArgumentException("--orchestrator: no address");
    }
    labels = List.copyOf(labels);
    env = Map.copyOf(env);
    if (workers < 1) {
      throw new IllegalArgumentException(RobotMessages.get("options.workers", workers));
    }
    if (lease != null && lease.toSeconds() < 5) {
      throw new IllegalArgumentException(RobotMessages.get("options.lease", lease.toSeconds()));
    }
  }

  /** The orchestrator addresses as given, comma-separated (kept in the state file, shown). */
  public String orchestrator() {
    return join(orchestrators);
  }

  /** Addresses joined with commas, each without a trailing slash. */
  static String join(List<URI> addresses) {
    return String.join(
        ",",
        addresses.stream()
            .map(URI::toString)
            .map(a -> a.endsWith("/") ? a.substring(0, a.length() - 1) : a)
            .toList());
  }

  /** The addresses of {@link #orchestrator()}'s form. */
  static List<URI> addresses(String joined) {
    return java.util.Arrays.stream(joined.split(","))
        .map(String::strip)
        .filter(a -> !a.isEmpty())
        .map(URI::create)
        .toList();
  }

  /**
   * The robot's name when none is given: the one it enrolled under before (kept in {@code
   * stateDir}), else the host name.
   */
  public static String defaultName(Path stateDir) {
    return RobotState.load(stateDir.resolve(RobotState.FILE))
        .map(RobotState::name)
        .orElseGet(LocalCapabilities::hostName);
  }

  /** Where the robot's run directories go. */
  Path runsDir() {
    return stateDir.resolve("runs");
  }

  /** Where events and screenshots wait while the orchestrator cannot be reached. */
  Path spoolDir() {
    return stateDir.resolve("outbox");
  }

  /** Where input files of jobs are kept while their job runs. */
  Path filesDir() {
    return stateDir.resolve("files");
  }

  /** The robot's identity file. */
  Path stateFile() {
    return stateDir.resolve(RobotState.FILE);
  }
}
