package io.workforce.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workforce.flows.step.Once;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The once block: where a retried item must look its record up before submitting again. */
class OnceStepTest {

  private final FlowParser parser = FlowParser.create().withLocale(Locale.ENGLISH);

  private static final String HEAD =
      """
      flow: f
      systems: { s: { url: "http://x" } }
      input: { file: csv, columns: [id, name] }
      steps:
      """;

  private static final String ONCE =
      """
        - once:
            steps:
              - click: "text=提交"
              - read: { selector: ".receipt", into: receipt }
            lookup:
              - open: { system: s, path: "/search?id=${item.id}" }
              - read_table: { selector: "table.hits", into: hits }
            found: "${size(hits) > 0}"
      """;

  private List<Problem> problems(String yaml) {
    FlowValidationException e =
        catchThrowableOfType(FlowValidationException.class, () -> parser.parse("f.yaml", yaml));
    assertThat(e).as("refused").isNotNull();
    return e.problems();
  }

  @Test
  void theBlockKeepsItsStepsLookupAndFoundAndWhatLookupDefinesIsKnownAfterIt() {
    Flow flow =
        parser.parse(
            "f.yaml",
            HEAD
                + "  - open: { system: s, path: /form }\n"
                + ONCE
                + "  - output: { receipt: \"${empty(receipt) ? hits[0].no : receipt}\" }\n");
    Once once = (Once) flow.steps().get(1);
    assertThat(once.path()).isEqualTo("steps[1].once");
    assertThat(once.steps()).hasSize(2);
    assertThat(once.lookup()).hasSize(2);
    assertThat(once.lookup().get(0).path()).isEqualTo("steps[1].once.lookup[0].open");
    assertThat(once.found().toString()).contains("size(hits)");
  }

  @Test
  void lookupRunsFirstSoItCannotUseWhatTheStepsBeforeTheBlockDefined() {
    List<Problem> p =
        problems(
            HEAD
                + "  - read: { selector: \"#no\", into: formNo }\n"
                + """
                  - once:
                      steps: [ { click: "text=提交" } ]
                      lookup: [ { open: { system: s, path: "/search?no=${formNo}" } } ]
                      found: "${true}"
                """);
    assertThat(p).hasSize(1);
    assertThat(p.get(0).message()).contains("formNo");
    assertThat(p.get(0).location().line()).isEqualTo(8);
  }

  @Test
  void aOnceInsideABranchIsRefusedWithItsPlaceAndAHint() {
    List<Problem> p =
        problems(
            HEAD
                + "  - if:\n"
                + "      condition: \"${true}\"\n"
                + "      then:\n"
                + ONCE.indent(6));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).toString())
        .startsWith("f.yaml:8:11: ")
        .contains("steps[0].if.then[0].once")
        .contains("top level");
    assertThat(p.get(0).hint()).contains("move it to the top level of `steps`");
  }

  @Test
  void aOnceInLoginOrBeforeIsRefused() {
    String yaml =
        """
        flow: f
        systems:
          s:
            url: "http://x"
            login:
        """
            + ONCE.indent(6)
            + "before:\n"
            + ONCE.substring(2)
            + "steps:\n  - log: hi\n";
    List<Problem> p = problems(yaml).stream().filter(x -> x.message().contains("`once`")).toList();
    assertThat(p).extracting(Problem::message).allMatch(m -> m.contains("top level"));
    assertThat(p).extracting(x -> x.location().line()).containsExactly(6, 15);
  }

  @Test
  void aSecondOnceIsRefusedNamingTheFirst() {
    List<Problem> p = problems(HEAD + ONCE + ONCE);
    assertThat(p).hasSize(1);
    assertThat(p.get(0).message()).contains("at most one `once`").contains("line 5");
    assertThat(p.get(0).location().line()).isEqualTo(13);
  }

  @Test
  void missingFoundAndEmptyLookupAreRefused() {
    List<Problem> p =
        problems(
            HEAD
                + """
                  - once:
                      steps: [ { click: "text=提交" } ]
                      lookup: []
                """);
    assertThat(p).extracting(Problem::message).anyMatch(m -> m.contains("found"));
    assertThat(p).extracting(Problem::message).anyMatch(m -> m.contains("once.lookup"));
  }
}
