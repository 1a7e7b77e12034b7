package io.workforce.flows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code yaml} examples of docs/flow-language.md as whole flows: a block that starts with
 * {@code flow:} as it is, a block of steps inside the wrapper flow the page describes.
 */
final class DocExamples {

  static final Path DOC = Path.of("../docs/flow-language.md");

  /** A flow built from one example. */
  record Example(String name, String yaml) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String WRAPPER =
      """
      flow: doc-example
      systems:
        registry: { url: "https://registry.example", credential: registry-clerk }
        intake: { url: "https://intake.example", credential: intake-clerk }
        archive: { url: "https://archive.example", credential: archive-clerk }
      input:
        form: [ { name: creditCode }, { name: name }, { name: amount, type: number } ]
      steps:
      """;

  private DocExamples() {}

  static List<Example> all() {
    List<String> lines;
    try {
      lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals("```yaml")) {
        continue;
      }
      int start = i + 1;
      StringBuilder block = new StringBuilder();
      while (!lines.get(++i).equals("```")) {
        block.append(lines.get(i)).append('\n');
      }
      String text = block.toString();
      boolean whole = text.lines().anyMatch(l -> l.startsWith("flow:"));
      String yaml = whole ? text : WRAPPER + text.indent(2);
      out.add(new Example("flow-language.md:" + start, yaml));
    }
    return out;
  }
}
