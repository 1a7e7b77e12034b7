package io.workforce.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.step.Ocr;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The ocr step told what it reads: {@code chars} (the whitelist) and {@code pattern}. */
class OcrStepTest {

  private final FlowParser parser = FlowParser.create().withLocale(Locale.ENGLISH);

  private Ocr ocr(String body) {
    Flow flow = parser.parse("f.yaml", "flow: f\nsteps:\n  - ocr: " + body + "\n");
    return (Ocr) flow.steps().get(0);
  }

  @Test
  void charsAndPatternSayWhatTheImageShows() {
    Ocr step =
        ocr(
            "{ selector: \"#captchaImg\", chars: \"0123456789\", pattern: \"\\\\d{4}\", into: code }");
    assertThat(step.chars()).isEqualTo("0123456789");
    assertThat(step.pattern().pattern()).isEqualTo("\\d{4}");
    assertThat(step.field()).isEqualTo("text");
  }

  @Test
  void rangesInCharsStandForEveryCharacterBetween() {
    assertThat(ocr("{ file: a.png, chars: 0-9A-F, into: code }").chars())
        .isEqualTo("0123456789ABCDEF");
    assertThat(ocr("{ file: a.png, chars: \"-0-2.\", into: code }").chars()).isEqualTo("-012.");
  }

  @Test
  void charsOfLatinLettersAndDigitsOnlyAreReadWithTheEnglishModelUnlessALanguageIsGiven() {
    assertThat(ocr("{ file: a.png, chars: 0-9, into: code }").language()).isEqualTo("eng");
    assertThat(ocr("{ file: a.png, chars: 0-9, language: chi_sim, into: code }").language())
        .isEqualTo("chi_sim");
    assertThat(ocr("{ file: a.png, chars: 0-9年月日, into: code }").language())
        .isEqualTo("chi_sim+eng");
    assertThat(ocr("{ file: a.png, into: code }").language()).isEqualTo("chi_sim+eng");
  }

  @Test
  void withoutCharsOrPatternNothingIsRestricted() {
    Ocr step = ocr("{ file: a.png, into: text }");
    assertThat(step.chars()).isNull();
    assertThat(step.pattern()).isNull();
  }
}
