package io.workforce.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.flows.step.Fill;
import io.workforce.flows.step.Open;
import io.workforce.flows.step.Read;
import io.workforce.flows.step.Verify;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FlowParserTest {

  private final FlowParser parser = FlowParser.create().withLocale(Locale.ENGLISH);

  @Test
  void parsesTheArchitectureSketchIntoRecordsWithPathsAndLocations() {
    Flow flow = parser.parse(Path.of("src/test/resources/valid/registrations.yaml"));

    assertThat(flow.name()).isEqualTo("sync-registrations");
    assertThat(flow.version()).isEqualTo(3);
    assertThat(flow.manualMinutesPerItem()).isEqualTo(6.0);
    assertThat(flow.systems()).containsOnlyKeys("registry", "intake");
    assertThat(flow.systems().get("registry").maxSessions()).isEqualTo(2);
    assertThat(flow.systems().get("registry").login()).hasSize(4);
    assertThat(flow.credentialNames()).containsExactly("intake-clerk", "registry-clerk");
    assertThat(flow.input()).isEqualTo(new FlowInput.Queue("new-registrations", flow.input().location()));
    assertThat(flow.placements()).containsExactly(Placement.ROBOT);
    assertThat(flow.steps()).hasSize(9);
    Open open = (Open) flow.steps().get(0);
    assertThat(open.path()).isEqualTo("steps[0].open");
    assertThat(open.location().line()).isEqualTo(31);
    assertThat(open.location().column()).isEqualTo(5);
    assertThat(open.system()).isEqualTo("registry");
    assertThat(open.url().source()).isEqualTo("/company?code=${item.creditCode}");
    Read read = (Read) flow.steps().get(1);
    assertThat(read.record()).isTrue();
    assertThat(read.fields()).extracting(Read.Field::name).containsExactly("name", "capital");
    Verify verify = (Verify) flow.steps().get(2);
    assertThat(verify.normalization().halfWidth()).isTrue();
    Fill fill = (Fill) flow.steps().get(4);
    assertThat(fill.fields()).extracting(f -> f.selector().toString()).containsExactly("#applicant", "#capital");
  }

  @Test
  void reportsEveryProblemAtOnceWithLocationsAndHints() {
    String yaml = """
        flow: broken
        steps:
          - wait: 2s
          - click: { selector: "#a", timout: 5s }
          - open: { system: regisrty, path: /x }
          - log: "${total}"
        """;
    assertThatThrownBy(() -> parser.parse("broken.yaml", yaml))
        .isInstanceOfSatisfying(FlowValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactly(
                "broken.yaml:3:5: unknown step type `wait` (did you mean `wait_for`?)",
                "broken.yaml:4:30: unknown field `timout` in `click` (did you mean `timeout`?)",
                "broken.yaml:5:21: undefined system `regisrty` (declare it under `systems:`)",
                "broken.yaml:6:10: undefined variable `total` (define it first with `set`, `read` or `into`)"));
  }
}
