package io.workforce.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code src/test/resources/invalid/} ends with {@code # expect: line:col: message
 * (hint)} comments: the validator must report exactly those problems, in that order, and nothing
 * else.
 */
class InvalidFlowCorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/invalid");
  private static final String EXPECT = "# expect: ";

  static Stream<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.sorted().toList().stream();
    }
  }

  /** The expectations, read from raw bytes: some files are deliberately not UTF-8 before them. */
  private static List<String> expected(byte[] bytes) {
    List<String> out = new ArrayList<>();
    String latin = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = latin.indexOf(EXPECT);
    while (at >= 0) {
      int end = latin.indexOf('\n', at);
      out.add(
          new String(
              bytes, at + EXPECT.length(), end - at - EXPECT.length(), StandardCharsets.UTF_8));
      at = latin.indexOf(EXPECT, end);
    }
    return out;
  }

  @Test
  void theCorpusHasAtLeastSixtyBrokenFlows() throws IOException {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(60);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void reportsExactlyTheExpectedProblems(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<String> expected = expected(bytes);
    assertThat(expected).as("expectations in " + file).isNotEmpty();

    String name = file.getFileName().toString();
    FlowValidationException e =
        catchThrowableOfType(
            FlowValidationException.class,
            () -> FlowParser.create().withLocale(Locale.ENGLISH).parse(name, bytes));

    assertThat(e).as(name + " must not validate").isNotNull();
    assertThat(e.problems())
        .extracting(p -> p.toString().substring(name.length() + 1))
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void reportsTheSameProblemsInChineseAtTheSamePlaces(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    List<Problem> english =
        catchThrowableOfType(
                FlowValidationException.class,
                () -> FlowParser.create().withLocale(Locale.ENGLISH).parse(name, bytes))
            .problems();
    List<Problem> chinese =
        catchThrowableOfType(
                FlowValidationException.class,
                () -> FlowParser.create().withLocale(Locale.SIMPLIFIED_CHINESE).parse(name, bytes))
            .problems();

    assertThat(chinese)
        .extracting(Problem::location)
        .isEqualTo(english.stream().map(Problem::location).toList());
    assertThat(chinese).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    for (int i = 0; i < chinese.size(); i++) {
      if (!english.get(i).message().startsWith("YAML syntax error")) {
        assertThat(chinese.get(i).message()).isNotEqualTo(english.get(i).message());
      }
    }
  }
}
