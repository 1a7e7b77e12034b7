package io.workforce.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.ocr.corpus.Cer;
import io.workforce.ocr.corpus.Parallel;
import io.workforce.ocr.corpus.ScreenRenderer;
import io.workforce.ocr.corpus.TextStyle;
import io.workforce.ocr.corpus.UiText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Screen text with the default options (chi_sim+eng, automatic preprocessing): character error rate
 * over lines of Chinese and English UI text in the registry style and other common UI looks.
 */
class TextAccuracyIT {

  private static OcrEngine ocr;

  @BeforeAll
  static void start() {
    ocr = OcrEngine.pool(OcrConfig.defaults().withEngines(2));
  }

  @AfterAll
  static void stop() {
    ocr.close();
  }

  record Line(String truth, TextStyle style) {}

  @Test
  void chineseScreenTextHasACharacterErrorRateOfAtMostThreePercent() throws Exception {
    assertThat(cer("Chinese", lines(UiText.chinese(48, 41), UiText.chinese(12, 42))))
        .isLessThanOrEqualTo(3.0);
  }

  @Test
  void englishScreenTextHasACharacterErrorRateOfAtMostHalfAPercent() throws Exception {
    assertThat(cer("English", lines(UiText.english(48, 43), UiText.english(12, 44))))
        .isLessThanOrEqualTo(0.5);
  }

  /** {@code registry} lines in the registry style, {@code others} in each other style. */
  private static List<Line> lines(List<String> registry, List<String> others) {
    List<Line> lines = new ArrayList<>();
    registry.forEach(l -> lines.add(new Line(l, TextStyle.REGISTRY)));
    for (TextStyle style : TextStyle.OTHERS) {
      others.forEach(l -> lines.add(new Line(l, style)));
    }
    return lines;
  }

  /** CER in percent, printed per style and overall. */
  private static double cer(String corpus, List<Line> lines) throws Exception {
    OcrOptions options = OcrOptions.defaults().withPageSegMode(PageSegMode.SINGLE_LINE);
    long start = System.nanoTime();
    List<String> reads =
        Parallel.map(
            lines,
            2,
            l -> ocr.recognize(ScreenRenderer.line(l.truth(), l.style()), options).text());
    double seconds = (System.nanoTime() - start) / 1e9;
    int errors = 0;
    int chars = 0;
    for (TextStyle style : TextStyle.all()) {
      int e = 0;
      int n = 0;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).style() == style) {
          e += Cer.errors(lines.get(i).truth(), reads.get(i));
          n += Cer.length(lines.get(i).truth());
          if (Cer.errors(lines.get(i).truth(), reads.get(i)) > 0) {
            System.out.println(
                "[ocr miss] " + style.name() + ": " + lines.get(i).truth() + " -> " + reads.get(i));
          }
        }
      }
      System.out.printf(
          "[ocr accuracy] %s, %s: CER %.2f%% (%d/%d)%n", corpus, style.name(), 100.0 * e / n, e, n);
      errors += e;
      chars += n;
    }
    double cer = 100.0 * errors / chars;
    System.out.printf(
        "[ocr accuracy] %s overall: CER %.2f%% (%d errors / %d characters, %d lines), %.1f s%n",
        corpus, cer, errors, chars, lines.size(), seconds);
    return cer;
  }
}
