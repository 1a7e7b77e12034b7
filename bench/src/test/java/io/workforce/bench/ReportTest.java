package io.workforce.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

  static final String HAND_WRITTEN = "# Performance\n\nIntro.\n\n## OCR\n\nHand-written notes.\n";

  @Test
  void insertsTheGeneratedBlockBelowTheTitleAndKeepsTheHandWrittenSections() {
    String doc =
        Report.update(
            HAND_WRITTEN,
            Map.of("ocr", List.of("| ocr | a | 1 s | — | — | report | yes | — | r1 |")),
            List.of("ocr"),
            "Run today.");
    assertThat(doc).startsWith("# Performance\n\n" + Report.START);
    assertThat(doc).contains("Run today.", "| ocr | a | 1 s |", "## OCR\n\nHand-written notes.");
    assertThat(doc.indexOf(Report.END)).isLessThan(doc.indexOf("Intro."));
  }

  @Test
  void aRunOfOneBenchmarkReplacesOnlyItsRowsAndTheBlockOnlyOnce() {
    String first =
        Report.update(
            HAND_WRITTEN,
            Map.of(
                "ocr", List.of("| ocr | a | 1 s | — | — | report | yes | — | r1 |"),
                "flow-parse", List.of("| flow-parse | b | 2 ms | — | — | report | yes | — | r1 |")),
            List.of("ocr", "flow-parse"),
            "Run one.");
    String second =
        Report.update(
            first,
            Map.of("ocr", List.of("| ocr | a | 3 s | — | — | report | yes | — | r2 |")),
            List.of("ocr"),
            "Run two.");
    assertThat(second)
        .contains("| flow-parse | b | 2 ms |", "| ocr | a | 3 s |", "Run two.")
        .doesNotContain("| ocr | a | 1 s |", "Run one.");
    assertThat(second.split(Report.START, -1)).hasSize(2);
    assertThat(second).endsWith("## OCR\n\nHand-written notes.\n");
  }

  @Test
  void aBenchmarkThatRanWithoutFiguresLosesItsOldRows() {
    String first =
        Report.update(
            HAND_WRITTEN,
            Map.of("ocr", List.of("| ocr | a | 1 s | — | — | report | yes | — | r1 |")),
            List.of("ocr"),
            "Run one.");
    assertThat(Report.update(first, Map.of(), List.of("ocr"), "Run two."))
        .doesNotContain("| ocr | a |");
  }
}
