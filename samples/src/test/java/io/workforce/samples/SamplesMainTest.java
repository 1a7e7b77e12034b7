package io.workforce.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SamplesMainTest {

  @Test
  void generateWritesTheDataFilesOfASeed(@TempDir Path dir) {
    int exit =
        new CommandLine(new SamplesMain())
            .execute("generate", "--out", dir.toString(), "--seed", "3", "--records", "12");
    assertThat(exit).isZero();
    assertThat(dir.resolve("ground-truth.json")).content().contains("\"seed\" : 3");
    assertThat(dir.resolve("subsidy-applications-dirty.xlsx")).exists();
    assertThat(dir.resolve("portal-applications.csv")).content().startsWith("序号,姓名,身份证号");
  }

  @Test
  void refusesABadDurationWithoutAStackTrace() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new SamplesMain());
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("--latency", "fast")).isEqualTo(2);
    assertThat(err.toString()).contains("'fast'").doesNotContain("at io.workforce");
  }

  @Test
  void printsEveryUrlAndDemoAccountInTheBanner() {
    try (SampleSystems s = SampleSystems.start(SampleOptions.builder().records(3).build())) {
      String banner = SamplesMain.banner(s);
      assertThat(banner)
          .contains(
              s.registryLoginUrl(),
              s.intakeLoginUrl(),
              s.healthLoginUrl(),
              s.archiveLoginUrl(),
              s.portalLoginUrl());
      SampleSystems.accounts()
          .forEach(a -> assertThat(banner).contains(a.username(), a.password()));
    }
  }

  @Test
  void failsWithOneLineNamingThePortWhenItIsTaken() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (SampleSystems s = SampleSystems.start(SampleOptions.builder().records(3).build())) {
      String port = s.healthUrl().substring(s.healthUrl().lastIndexOf(':') + 1);
      SamplesMain main = new SamplesMain();
      new CommandLine(main)
          .parseArgs(
              "--records",
              "3",
              "--registry-port",
              "0",
              "--intake-port",
              "0",
              "--portal-port",
              "0",
              "--health-port",
              port);
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      assertThat(main.call()).isEqualTo(1);
    } finally {
      System.setErr(original);
    }
    String err = captured.toString(StandardCharsets.UTF_8);
    assertThat(err.lines()).hasSize(1);
    assertThat(err).contains("health: cannot listen on 127.0.0.1:");
  }
}
