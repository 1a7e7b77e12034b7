package io.workforce.e2e.controlcenter;

import io.workforce.runtime.cli.RpaCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real robot for the browser tests: {@code rpa robot} as its own process (headless Chromium
 * through Playwright) enrolled with a key, working whatever the orchestrator hands it. Its output
 * goes to a file in its state directory, shown when a test fails. (The robot-mode tests in {@code
 * e2e/…/robots/} have a fuller launcher with kill and restart; the control center needs only start
 * and stop.)
 */
final class RealRobot implements AutoCloseable {

  private final Process process;
  private final Path log;

  private RealRobot(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code rpa robot --name name} against the orchestrator, with the systems' addresses in
   * {@code env}.
   */
  static RealRobot start(
      Api admin, URI orchestrator, String name, Path stateDir, Map<String, String> env) {
    String key =
        admin
            .post("/api/v1/enrolment-keys", Map.of("label", "e2e " + name))
            .expect(201)
            .json()
            .get("key")
            .asString();
    try {
      Files.createDirectories(stateDir);
      Path log = stateDir.resolve("robot.log");
      ProcessBuilder pb =
          new ProcessBuilder(
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
                      stateDir.toString(),
                      "--enrol-key",
                      key))
              .directory(stateDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      pb.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
      pb.environment().put("WORKFORCE_LANG", "en");
      pb.environment().putAll(env);
      Process p = pb.start();
      p.getOutputStream().close();
      return new RealRobot(p, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the robot printed so far. */
  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** SIGTERM, then SIGKILL for it and its browsers if it does not end in time. */
  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
