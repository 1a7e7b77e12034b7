package io.workforce.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.workforce.flows.step.Fill;
import io.workforce.flows.step.Open;
import io.workforce.flows.step.Read;
import io.workforce.flows.step.Step;
import io.workforce.flows.step.Verify;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    assertThat(flow.environment()).containsExactly("INTAKE_URL", "REGISTRY_URL");
    assertThat(flow.input())
        .isEqualTo(new FlowInput.Queue("new-registrations", flow.input().location()));
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
    assertThat(fill.fields())
        .extracting(f -> f.selector().toString())
        .containsExactly("#applicant", "#capital");
  }

  @Test
  void reportsEveryProblemAtOnceWithLocationsAndHints() {
    String yaml =
        """
        flow: broken
        steps:
          - wait: 2s
          - click: { selector: "#a", timout: 5s }
          - open: { system: regisrty, path: /x }
          - log: "${total}"
        """;
    assertThatThrownBy(() -> parser.parse("broken.yaml", yaml))
        .isInstanceOfSatisfying(
            FlowValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "broken.yaml:3:5: unknown step type `wait` (did you mean `wait_for`?)",
                        "broken.yaml:4:30: unknown field `timout` in `click` (did you mean `timeout`?)",
                        "broken.yaml:5:21: undefined system `regisrty` (declare it under `systems:`)",
                        "broken.yaml:6:10: undefined variable `total` (define it first with `set`, `read` or `into`)"));
  }

  @Test
  void givesEveryNestedStepAPathAndPosition() {
    String yaml =
        """
        flow: nested
        systems:
          registry:
            url: https://r.example
            credential: clerk
            login:
              - fill: { "#u": "${credential.username}" }
        steps:
          - set: { rows: "${[1, 2]}" }
          - for_each:
              in: "${rows}"
              as: row
              steps:
                - log: "${row}"
                - fill: { "#x": "${row}" }
          - try:
              steps: [ { click: "#a" } ]
              catch: [ { log: "${error.message}" } ]
              finally: [ { log: done } ]
        """;
    Flow flow = parser.parse("nested.yaml", yaml);
    List<Step> all = new ArrayList<>();
    collect(flow.systems().get("registry").login(), all);
    collect(flow.steps(), all);
    assertThat(all)
        .extracting(s -> s.path() + "@" + s.location().line() + ":" + s.location().column())
        .containsExactly(
            "systems.registry.login[0].fill@7:9",
            "steps[0].set@9:5",
            "steps[1].for_each@10:5",
            "steps[1].for_each.steps[0].log@14:11",
            "steps[1].for_each.steps[1].fill@15:11",
            "steps[2].try@16:5",
            "steps[2].try.steps[0].click@17:16",
            "steps[2].try.catch[0].log@18:16",
            "steps[2].try.finally[0].log@19:18");
    assertThat(all.get(4).keyword()).isEqualTo("fill");
  }

  @Test
  void readsJsonWithPositionsToo() {
    String json =
        "{\n  \"flow\": \"json-flow\",\n  \"steps\": [\n    {\"click\": \"#ok\"},\n"
            + "    {\"wiat_for\": \"#done\"}\n  ]\n}\n";
    assertThatThrownBy(() -> parser.parse("flow.json", json))
        .isInstanceOfSatisfying(
            FlowValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "flow.json:5:6: unknown step type `wiat_for` (did you mean `wait_for`?)"));
    Flow flow = parser.parse("flow.json", json.replace("wiat_for", "wait_for"));
    assertThat(flow.steps())
        .extracting(Step::path)
        .containsExactly("steps[0].click", "steps[1].wait_for");
  }

  @Test
  void bindsAFormInputOutputsAndPlacements() {
    String yaml =
        """
        flow: attended
        runs_on: [desktop, robot]
        input:
          form:
            - { name: code, label: 统一社会信用代码, pattern: "[0-9A-Z]{18}" }
            - { name: district, type: choice, choices: [黄浦区, 徐汇区] }
            - { name: amount, type: number, min: 0, max: 100.5, required: false }
        output:
          receipt: 受理编号
          result: { label: 结果 }
        steps:
          - output: { receipt: "${item.code}", result: "${item.district}" }
        """;
    Flow flow = parser.parse("attended.yaml", yaml);
    assertThat(flow.placements()).containsExactlyInAnyOrder(Placement.DESKTOP, Placement.ROBOT);
    FlowInput.Form form = (FlowInput.Form) flow.input();
    assertThat(form.fields())
        .extracting(FormField::name)
        .containsExactly("code", "district", "amount");
    FormField amount = form.fields().get(2);
    assertThat(amount.type()).isEqualTo(FormField.Type.NUMBER);
    assertThat(amount.required()).isFalse();
    assertThat(amount.max()).isEqualByComparingTo("100.5");
    assertThat(form.fields().get(0).pattern()).isEqualTo("[0-9A-Z]{18}");
    assertThat(form.fields().get(1).choices()).containsExactly("黄浦区", "徐汇区");
    assertThat(flow.outputs())
        .extracting(OutputDef::name, OutputDef::label)
        .containsExactly(tuple("receipt", "受理编号"), tuple("result", "结果"));
    assertThat(flow.credentialNames()).isEmpty();
  }

  @Test
  void aVisitorReachesEveryStepType() {
    Flow flow = parser.parse(Path.of("src/test/resources/valid/registrations.yaml"));
    List<String> seen = new ArrayList<>();
    flow.steps().forEach(s -> seen.add(s.accept(new KeywordVisitor())));
    assertThat(seen)
        .containsExactly(
            "open", "read", "verify", "open", "fill", "click", "wait_for", "read", "output");
  }

  @Test
  void reportsAFileThatCannotBeReadAsAProblem() {
    assertThatThrownBy(() -> parser.parse(Path.of("no/such/flow.yaml")))
        .isInstanceOfSatisfying(
            FlowValidationException.class,
            e ->
                assertThat(e.problems().get(0).toString())
                    .startsWith("no/such/flow.yaml:1:1: cannot read the file"));
  }

  private static void collect(List<Step> steps, List<Step> out) {
    for (Step s : steps) {
      out.add(s);
      collect(s.children(), out);
    }
  }

  @Test
  void fieldsGivenAtStartAreItemFieldsOfEveryRowOfAFile() {
    String yaml =
        """
        flow: batch
        input:
          file: csv
          columns: [n]
          fields: [ { name: batch, label: 批次 } ]
          key: [n, batch]
        steps:
          - log: "row ${item.n} of batch ${item.batch}"
        """;
    Flow flow = parser.parse("batch.yaml", yaml);
    FlowInput.File file = (FlowInput.File) flow.input();
    assertThat(file.columns()).containsExactly("n");
    assertThat(file.fields())
        .extracting(FormField::name, FormField::label)
        .containsExactly(tuple("batch", "批次"));
    assertThat(file.key()).containsExactly("n", "batch");
    assertThatThrownBy(() -> parser.parse("key.yaml", yaml.replace("key: [n,", "key: [m,")))
        .hasMessageContaining("`m` in `key` is not a field of the input");
    assertThatThrownBy(() -> parser.parse("typo.yaml", yaml.replace("item.batch", "item.bacth")))
        .hasMessageContaining("typo.yaml:8:")
        .hasMessageContaining("`item.bacth` is not a field of the input")
        .hasMessageContaining("`batch`");
  }

  @Test
  void beforeAndAfterAreRunLevelStepListsThatSeeTheVariablesOfBeforeButNoItem() {
    Flow flow =
        parser.parse(
            "batch.yaml",
            """
            flow: batch
            input: { file: csv, columns: [name] }
            before:
              - set: { page: "/list" }
            steps:
              - log: "${page} ${item.name} #${item.index}/${run.items} last=${item.last}"
            after:
              - log: "done with ${page} in ${run.dir} (${run.id})"
            """);
    assertThat(flow.before()).extracting(Step::path).containsExactly("before[0].set");
    assertThat(flow.steps()).extracting(Step::path).containsExactly("steps[0].log");
    assertThat(flow.after()).extracting(Step::path).containsExactly("after[0].log");
  }
}
