package io.workforce.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.parse.FlowSchema;
import io.workforce.flows.step.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FlowLanguageDocTest {

  private final FlowParser parser = FlowParser.create().withLocale(Locale.ENGLISH);

  static Stream<DocExamples.Example> examples() {
    return DocExamples.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyDocumentedExampleParsesAndValidates(DocExamples.Example example) {
    Flow flow = parser.parse(example.name() + ".yaml", example.yaml());
    assertThat(flow.steps()).isNotEmpty();
  }

  @Test
  void everyStepTypeHasADocumentedExample() {
    Set<String> used = new TreeSet<>();
    for (DocExamples.Example example : DocExamples.all()) {
      Flow flow = parser.parse(example.name() + ".yaml", example.yaml());
      List<Step> all = new ArrayList<>(flow.steps());
      flow.systems().values().forEach(s -> all.addAll(s.login()));
      collect(all, used);
    }
    assertThat(used).containsAll(FlowSchema.stepKeywords());
  }

  @Test
  void everyStepTypeHasAHeadingInTheReference() throws Exception {
    String doc = java.nio.file.Files.readString(DocExamples.DOC);
    for (String keyword : FlowSchema.stepKeywords()) {
      assertThat(doc).as(keyword).containsPattern("#### `" + keyword + "`|/ `" + keyword + "`");
    }
  }

  private static void collect(List<Step> steps, Set<String> used) {
    for (Step s : steps) {
      used.add(s.keyword());
      collect(s.children(), used);
    }
  }
}
