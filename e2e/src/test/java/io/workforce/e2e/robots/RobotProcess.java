package io.workforce.e2e.robots;

import io.workforce.runtime.cli.RpaCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real robot: {@code java -cp <test class path> io.workforce.runtime.cli.RpaCli robot …} as its
 * own process with its own state directory, headless Chromium, stdout and stderr in files. Killed
 * with SIGKILL ({@link #kill9()}) or stopped with SIGTERM ({@link #terminate}); the browsers it
 * started go with it.
 */
public final class RobotProcess implements AutoCloseable {

  private final String name;
  private final Path stateDir;
  private final Path out;
  private final Path err;
  private final Process process;
  private final Set<Long> frozenBrowsers = new LinkedHashSet<>();

  private RobotProcess(String name, Path stateDir, Path out, Path err, Process process) {
    this.name = name;
    this.stateDir = stateDir;
    this.out = out;
    this.err = err;
    this.process = process;
  }

  /**
   * Starts a robot.
   *
   * @param env extra environment: the systems' addresses, WORKFORCE_LANG…
   * @param extra more options of {@code rpa robot}
   */
  public static RobotProcess start(
      String name,
      Path stateDir,
      URI orchestrator,
      String enrolKey,
      Map<String, String> env,
      String... extra) {
    try {
      Files.createDirectories(stateDir);
      String stamp = String.valueOf(System.nanoTime());
      Path out = stateDir.resolve("stdout-" + stamp + ".txt");
      Path err = stateDir.resolve("stderr-" + stamp + ".txt");
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx256m",
                  "-XX:+UseSerialGC",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  System.getProperty("java.class.path"),
                  RpaCli.class.getName(),
                  "robot",
                  "--orchestrator",
                  orchestrator.toString(),
                  "--name",
                  name,
                  "--state-dir",
                  stateDir.toString()));
      if (enrolKey != null) {
        command.addAll(List.of("--enrol-key", enrolKey));
      }
      command.addAll(List.of(extra));
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(stateDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      pb.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
      pb.environment().put("OMP_THREAD_LIMIT", "1");
      pb.environment().putAll(env);
      Process p = pb.start();
      p.getOutputStream().close();
      return new RobotProcess(name, stateDir, out, err, p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return name;
  }

  Path stateDir() {
    return stateDir;
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** What it printed so far, stdout then stderr. */
  public String output() {
    try {
      return Files.readString(out, StandardCharsets.UTF_8)
          + Files.readString(err, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until its output matches {@code regex}. */
  public void awaitOutput(String regex, Duration timeout) {
    Pattern p = Pattern.compile(regex);
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (p.matcher(output()).find()) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "robot "
                + name
                + " ended (exit "
                + process.exitValue()
                + ") before printing /"
                + regex
                + "/:\n"
                + output());
      }
      sleep(200);
    }
    throw new AssertionError(
        "robot " + name + " did not print /" + regex + "/ within " + timeout + ":\n" + output());
  }

  /** Waits for the robot to end by itself; its exit code, or -1 when it did not end in time. */
  int awaitExit(Duration timeout) {
    return waitFor(timeout) ? process.exitValue() : -1;
  }

  /** SIGKILL, as a machine that loses power: no shutdown hook runs. Its browsers are killed too. */
  void kill9() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(30));
    children.forEach(ProcessHandle::destroyForcibly);
  }

  /**
   * SIGSTOP: the robot's JVM stands still (its browser does not), so that a test can look at the
   * orchestrator without the robot moving on. {@link #thaw()} lets it go on.
   */
  void freeze() {
    signal("STOP");
  }

  /** SIGCONT after {@link #freeze()}. */
  void thaw() {
    signal("CONT");
  }

  /**
   * SIGSTOP to the robot's browsers (Playwright's driver and Chromium): its JVM runs on
   * (heartbeats, the orchestrator's answers) while no browser step can end. {@link #thawBrowsers()}
   * lets them go on.
   */
  void freezeBrowsers() {
    process
        .descendants()
        .forEach(
            p -> {
              if (signal("STOP", p.pid())) {
                frozenBrowsers.add(p.pid());
              }
            });
  }

  /** SIGCONT to the browsers after {@link #freezeBrowsers()}. */
  void thawBrowsers() {
    process.descendants().forEach(p -> frozenBrowsers.add(p.pid()));
    frozenBrowsers.forEach(pid -> signal("CONT", pid));
    frozenBrowsers.clear();
  }

  private void signal(String name) {
    if (!signal(name, process.pid())) {
      throw new IllegalStateException("robot " + name + " has ended: cannot send SIG" + name);
    }
  }

  /**
   * Sends a signal; false when the process has ended (Chromium's helper processes come and go), an
   * error when a live process could not be signalled.
   */
  private static boolean signal(String name, long pid) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + name, String.valueOf(pid))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (kill.waitFor() == 0) {
        return true;
      }
      if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
        throw new IllegalStateException("kill -" + name + " " + pid + " failed");
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * SIGTERM (what Ctrl-C and service managers send); the exit code, or -1 when it did not end in
   * time.
   */
  int terminate(Duration timeout) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    boolean ended = waitFor(timeout);
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    return ended ? process.exitValue() : -1;
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill9();
    } else {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
    }
  }
}
