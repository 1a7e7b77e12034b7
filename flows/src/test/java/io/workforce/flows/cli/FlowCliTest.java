package io.workforce.flows.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.parse.FlowSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowCliTest {

  private static final String VALID = "src/test/resources/valid/registrations.yaml";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Locale locale, String... args) {
    return FlowCli.run(args, new PrintWriter(out), new PrintWriter(err), locale);
  }

  private Path write(String name, String yaml) throws Exception {
    return Files.writeString(dir.resolve(name), yaml);
  }

  @Test
  void validateExitsWithZeroForAValidFile() {
    assertThat(run(Locale.ENGLISH, "validate", VALID)).isEqualTo(0);
    assertThat(out.toString()).contains(VALID + ": valid (flow sync-registrations v3, 9 steps)");
  }

  @Test
  void validateExitsWithOneAndPrintsEveryProblemInChineseByDefault() throws Exception {
    Path broken =
        write(
            "broken.yaml",
            "flow: x\nsteps:\n  - wait: 1s\n  - click: { selector: \"#a\", timout: 5s }\n");
    assertThat(run(Locale.SIMPLIFIED_CHINESE, "validate", VALID, broken.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            broken + ":3:5: 未知的步骤类型 `wait` (是不是想写 `wait_for`?)",
            broken + ":4:30: `click` 中有未知字段 `timout` (是不是想写 `timeout`?)",
            "2 个文件, 1 个有问题, 共 2 个问题");
  }

  @Test
  void validateSpeaksEnglishWhenAsked() throws Exception {
    Path broken = write("broken.yaml", "flow: x\nsteps:\n  - wait: 1s\n");
    assertThat(run(Locale.ENGLISH, "validate", broken.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains(broken + ":3:5: unknown step type `wait` (did you mean `wait_for`?)");
  }

  @Test
  void validateExitsWithTwoForAMissingFileOrNoFile() {
    assertThat(run(Locale.ENGLISH, "validate", dir.resolve("nope.yaml").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such readable file");
    assertThat(run(Locale.ENGLISH, "validate")).isEqualTo(2);
    assertThat(run(Locale.ENGLISH, "frobnicate")).isEqualTo(2);
    assertThat(run(Locale.ENGLISH)).isEqualTo(2);
  }

  @Test
  void validateResolvesCallTargetsInTheSameDirectory() throws Exception {
    write(
        "lookup.yaml",
        "flow: lookup\ninput:\n  form: [ { name: code } ]\nsteps:\n  - log: \"${item.code}\"\n");
    Path caller =
        write(
            "caller.yaml",
            "flow: caller\nsteps:\n  - call: { flow: lookup, with: { code: \"1\" } }\n"
                + "  - call: { flow: lookup, with: { cod: \"1\" } }\n  - call: { flow: lookp }\n");
    assertThat(run(Locale.ENGLISH, "validate", caller.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            caller + ":4:35: flow `lookup` has no input `cod` (did you mean `code`?)",
            caller + ":4:19: flow `lookup` needs the input `code`",
            caller + ":5:19: no flow named `lookp` (check the name after `flow:` in that file)");
  }

  @Test
  void explainPrintsANumberedOutlineWithSystemsInputAndCredentials() {
    assertThat(run(Locale.ENGLISH, "explain", VALID)).isEqualTo(0);
    assertThat(out.toString())
        .contains(
            "Flow sync-registrations v3",
            "registry  ${env.REGISTRY_URL}  credential registry-clerk  at most 2 session(s)  login: 4 step(s)",
            "Input: work queue new-registrations",
            "Credentials needed: intake-clerk, registry-clerk",
            "Environment variables read: INTAKE_URL, REGISTRY_URL",
            "  1. open registry /company?code=${item.creditCode}   [31]",
            "  9. output receipt   [39]");
  }

  @Test
  void explainNumbersNestedStepsUnderTheirBlock() throws Exception {
    Path flow =
        write(
            "nested.yaml",
            """
        flow: nested
        steps:
          - set: { n: 0 }
          - if:
              condition: "${n == 0}"
              then:
                - log: zero
              else:
                - log: other
        """);
    assertThat(run(Locale.ENGLISH, "explain", flow.toString())).isEqualTo(0);
    assertThat(out.toString())
        .contains(
            "  2. if ${n == 0}",
            "     then:",
            "     2.1. log zero",
            "     else:",
            "     2.1. log other");
  }

  @Test
  void explainListsTheBeforeAndAfterStepsAroundTheItemSteps() throws Exception {
    Path flow =
        write(
            "around.yaml",
            """
        flow: around
        before:
          - log: first
        steps:
          - log: each
        after:
          - log: last
        """);
    assertThat(run(Locale.ENGLISH, "explain", flow.toString())).isEqualTo(0);
    String text = out.toString();
    assertThat(text).contains("before:\n  1. log first", "after:\n  1. log last");
    assertThat(text.indexOf("before:")).isLessThan(text.indexOf("each"));
    assertThat(text.indexOf("each")).isLessThan(text.indexOf("after:"));
  }

  @Test
  void schemaPrintsTheLanguageSchema() {
    assertThat(run(Locale.ENGLISH, "schema")).isEqualTo(0);
    assertThat(out.toString()).isEqualTo(FlowSchema.json());
  }
}
