package io.workforce.flows.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code FlowCli} as its own JVM on the module's jar and runtime class path ({@code
 * target/classpath.txt}), exactly as {@code ./rpa flow} starts it: real exit codes, real
 * environment, nothing from the test class path.
 */
class FlowCliIT {

  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

  private Result run(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    String classpath =
        moduleJar()
            + java.io.File.pathSeparator
            + Files.readString(Path.of("target/classpath.txt")).strip();
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                classpath,
                FlowCli.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("WORKFORCE_LANG");
    pb.environment().putAll(env);
    pb.redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the CLI finishes").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private static String moduleJar() throws IOException {
    try (var jars = Files.list(Path.of("target"))) {
      return jars.map(Path::toString)
          .filter(n -> n.matches(".*/flows-[^/]*\\d(-SNAPSHOT)?\\.jar"))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("run after `package`: no flows jar in target/"));
    }
  }

  @Test
  void validatesInChineseByDefaultAndExitsWithOneOnProblems() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "flow: x\nsteps:\n  - wait: 1s\n");
    Result r = run(Map.of(), "validate", broken.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(broken + ":3:5: 未知的步骤类型 `wait` (是不是想写 `wait_for`?)");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void speaksEnglishWithWorkforceLangAndExitsWithZeroWhenValid() throws Exception {
    Path ok = Files.writeString(dir.resolve("ok.yaml"), "flow: ok\nsteps:\n  - log: 你好\n");
    Result r = run(Map.of("WORKFORCE_LANG", "en"), "validate", ok.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains(ok + ": valid (flow ok v1, 1 steps)");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void exitsWithTwoForAMissingFileWithoutAStackTrace() throws Exception {
    Result missing =
        run(Map.of("WORKFORCE_LANG", "en"), "validate", dir.resolve("missing.yaml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err())
        .contains("no such readable file")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
