package io.workforce.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.workforce.flows.parse.FlowSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docs/flow-schema.json is generated from the validator's shapes, and accepts what the validator
 * accepts.
 */
class FlowSchemaTest {

  private static final Path SCHEMA_FILE = Path.of("../docs/flow-schema.json");
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(YAML.readTree(FlowSchema.json()));

  @Test
  void theDocumentedSchemaIsTheGeneratedOne() throws IOException {
    assertThat(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8))
        .as(
            "docs/flow-schema.json is stale: regenerate it with ./rpa flow schema > docs/flow-schema.json")
        .isEqualTo(FlowSchema.json());
  }

  static Stream<Object> validFlows() throws IOException {
    List<Object> all = new ArrayList<>(DocExamples.all());
    for (Path dir : List.of(Path.of("src/test/resources/valid"), Path.of("../samples/flows"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files
              .filter(f -> f.toString().endsWith(".yaml"))
              .sorted()
              .forEach(f -> all.add(new DocExamples.Example(f.toString(), read(f))));
        }
      }
    }
    return all.stream();
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFlows")
  void everyValidFlowAndDocumentedExampleFitsTheSchema(DocExamples.Example example) {
    FlowParser.create().parse(example.name() + ".yaml", example.yaml());
    List<Error> errors = SCHEMA.validate(YAML.readTree(example.yaml()));
    assertThat(errors).as(example.name()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "flow: x\nsteps:\n  - wait: 1s\n",
        "flow: x\nsteps:\n  - click: { selector: '#a', timout: 5s }\n",
        "flow: x\nsteps:\n  - repeat_until: { until: '${true}', steps: [ { log: a } ] }\n",
        "flow: x\nversion: three\nsteps:\n  - log: a\n",
        "flow: x\nsteps:\n  - wait_for: { text: a, gone: '#b' }\n",
        "steps:\n  - log: a\n",
        "flow: x\nsteps:\n  - log: a\n    click: '#b'\n",
      })
  void theSchemaRejectsWhatTheValidatorRejects(String yaml) {
    assertThat(SCHEMA.validate(YAML.readTree(yaml))).isNotEmpty();
  }

  @Test
  void everyStepTypeIsInTheSchema() {
    JsonNode steps = YAML.readTree(FlowSchema.json()).get("$defs").get("step").get("properties");
    assertThat(steps.propertyNames()).containsExactlyElementsOf(FlowSchema.stepKeywords());
  }
}
