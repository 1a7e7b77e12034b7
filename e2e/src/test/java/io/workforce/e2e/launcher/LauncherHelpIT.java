package io.workforce.e2e.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ./rpa} command answers {@code -h} and {@code --help} with its usage and starts
 * nothing: no build, no test run, no server, no benchmark, no check. The launcher is run as a user
 * runs it (no {@code WORKFORCE_SKIP_BUILD}): the modules this build packaged must be enough.
 */
class LauncherHelpIT {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** What a command prints once it has started something instead of answering with its usage. */
  static final List<String> STARTED =
      List.of(
          "Building",
          "Starting OrchestratorApplication",
          "Starting the cluster",
          "Tomcat",
          "== flow-parse",
          "[ok]",
          "Sample systems",
          "Tests run",
          "needs a display",
          "module           kind");

  static Stream<Arguments> commands() {
    return Stream.of(
            "help",
            "demo",
            "test",
            "doctor",
            "build",
            "samples",
            "run",
            "flow",
            "vault",
            "robot",
            "orchestrator",
            "assistant",
            "bench",
            "cluster")
        .flatMap(c -> Stream.of(Arguments.of(c, "--help"), Arguments.of(c, "-h")));
  }

  @ParameterizedTest(name = "./rpa {0} {1}")
  @MethodSource("commands")
  void answersWithItsUsageAndStartsNothing(String command, String flag) throws Exception {
    Result r = rpa(command, flag);
    assertThat(r.exit()).as("exit status of ./rpa %s %s:%n%s", command, flag, r.out()).isZero();
    assertThat(r.out()).as("./rpa %s %s", command, flag).contains("Usage");
    for (String marker : STARTED) {
      assertThat(r.out()).as("./rpa %s %s started something", command, flag).doesNotContain(marker);
    }
  }

  @ParameterizedTest(name = "./rpa bench {0}")
  @MethodSource("badBenchArguments")
  void benchRefusesAnUnknownOptionOrNameWithItsUsage(String arg) throws Exception {
    Result r = run(List.of("bench", arg), "en", true);
    assertThat(r.exit()).as(r.out()).isEqualTo(2);
    assertThat(r.out()).contains("'" + arg + "'", "Usage: ./rpa bench", "flow-parse", "runtime");
    assertThat(r.out()).doesNotContain("== flow-parse");
  }

  static Stream<String> badBenchArguments() {
    return Stream.of("--fast", "no-such-benchmark");
  }

  @ParameterizedTest(name = "WORKFORCE_LANG=zh ./rpa {0} --help")
  @MethodSource("chineseCommands")
  void theUsageIsChineseByDefault(String command) throws Exception {
    Result r = run(List.of(command, "--help"), "zh", false);
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains("用法").doesNotContain("Usage");
  }

  static Stream<String> chineseCommands() {
    return Stream.of("test", "build", "doctor", "orchestrator", "assistant", "bench", "run");
  }

  /** The options of {@code ./rpa run}, each of which must be described in the user's language. */
  static final List<String> RUN_OPTIONS =
      List.of(
          "FLOW",
          "--input",
          "--set",
          "--driver",
          "--workers",
          "--headed",
          "--dry-run",
          "--runs",
          "--retries",
          "--timeout",
          "--help",
          "--version");

  @ParameterizedTest(name = "WORKFORCE_LANG=zh ./rpa run {0}")
  @MethodSource("helpFlags")
  void runsUsageIsAllChineseWithExamples(String flag) throws Exception {
    Result r = run(List.of("run", flag), "zh", false);
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out())
        .contains("用法:", "选项:", "示例:", "退出码", "./rpa run samples/flows/")
        .doesNotContain("Usage", "Options", "Show this", "Print version", "flow file");
    for (String option : RUN_OPTIONS) {
      assertThat(descriptionOf(r.out(), option))
          .as("%s's description in:%n%s", option, r.out())
          .containsPattern("[\\u3400-\\u9fff]");
    }
    assertThat(r.out()).contains("默认 1", "默认 3", "默认 30");
  }

  @ParameterizedTest(name = "WORKFORCE_LANG=en ./rpa run {0}")
  @MethodSource("helpFlags")
  void runsUsageIsAllEnglishWithExamples(String flag) throws Exception {
    Result r = run(List.of("run", flag), "en", false);
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out())
        .contains("Usage:", "Options:", "Examples:", "Exit codes", "./rpa run samples/flows/")
        .doesNotContainPattern("[\\u3400-\\u9fff]");
    for (String option : RUN_OPTIONS) {
      assertThat(descriptionOf(r.out(), option))
          .as("%s's description in:%n%s", option, r.out())
          .containsPattern("[a-z]{3,}");
    }
    assertThat(r.out()).contains("default 1)", "default 3)", "default 30)");
  }

  static Stream<String> helpFlags() {
    return Stream.of("--help", "-h");
  }

  /**
   * The text from an option's entry in the option list to the next entry (a description may start
   * on the next line when the option's label is long).
   */
  static String descriptionOf(String usage, String option) {
    Matcher entry =
        Pattern.compile(
                "(?m)^ +(?:-\\w, )?" + Pattern.quote(option) + "\\b(.*(?:\\n {10,}[^ -].*)*)")
            .matcher(usage);
    return entry.find() ? entry.group(1) : "";
  }

  record Result(int exit, String out) {}

  static Result rpa(String... args) throws IOException, InterruptedException {
    return run(List.of(args), "en", false);
  }

  /**
   * Runs the launcher; {@code skipBuild} for an ordinary (non-help) invocation, which would
   * otherwise build the project inside this build.
   */
  static Result run(List<String> args, String lang, boolean skipBuild)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("rpa-help", ".txt");
    try {
      List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("rpa").toString()));
      command.addAll(args);
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .redirectOutput(out.toFile());
      if (skipBuild) {
        pb.environment().put("WORKFORCE_SKIP_BUILD", "1");
      } else {
        pb.environment().remove("WORKFORCE_SKIP_BUILD");
      }
      pb.environment().put("WORKFORCE_LANG", lang);
      Process p = pb.start();
      p.getOutputStream().close();
      // a command that started something (a server, a build, a benchmark) does not end this soon
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        return new Result(-1, "did not end within 60 s: " + Files.readString(out));
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
