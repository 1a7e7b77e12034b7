package io.workforce.ocr.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.ocr.OcrBusinessException;
import io.workforce.ocr.OcrBusinessException.Reason;
import io.workforce.ocr.OcrOptions;
import io.workforce.ocr.fields.AttemptsTest.ScriptedEngine;
import java.awt.image.BufferedImage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What {@code chars:} and {@code pattern:} of the ocr step ask of the text reader. */
class PatternReaderTest {

  private static final BufferedImage IMAGE = new BufferedImage(96, 36, BufferedImage.TYPE_INT_RGB);
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  @Test
  void charsBecomeTesseractsWhitelistAndTheTextIsReadOnce() {
    ScriptedEngine engine = new ScriptedEngine(0, 96, "0427");
    FieldValue v = FieldReader.text("eng", "0123456789", null).read(engine, IMAGE);
    assertThat(v.string()).isEqualTo("0427");
    assertThat(engine.asked).hasSize(1);
    assertThat(engine.asked.get(0).whitelist()).isEqualTo("0123456789");
    assertThat(engine.asked.get(0).languages()).isEqualTo("eng");
  }

  @Test
  void aReadThatDoesNotMatchThePatternIsReadAgainWithOtherPreprocessing() {
    ScriptedEngine engine = new ScriptedEngine(0, 96, "T1850", "1850", "1850");
    FieldValue v = FieldReader.text("eng", null, FOUR_DIGITS).read(engine, IMAGE);
    assertThat(v.string()).isEqualTo("1850");
    assertThat(engine.asked).hasSize(3);
    assertThat(engine.asked.stream().map(OcrOptions::preprocessing).distinct()).hasSize(3);
  }

  @Test
  void twoMatchingReadsMustAgreeSoThatOneMisreadIsNotTakenForTheCode() {
    ScriptedEngine engine = new ScriptedEngine(0, 96, "7115", "7775", "7775");
    FieldValue v = FieldReader.text("eng", "0123456789", FOUR_DIGITS).read(engine, IMAGE);
    assertThat(v.string()).isEqualTo("7775");
    assertThat(v.attempts()).isEqualTo(3);
  }

  @Test
  void spacesBetweenTheCharactersDoNotKeepAReadFromMatching() {
    ScriptedEngine engine = new ScriptedEngine(0, 96, "18 50", "1850");
    assertThat(FieldReader.text("eng", null, FOUR_DIGITS).read(engine, IMAGE).string())
        .isEqualTo("1850");
  }

  @Test
  void whenNoReadMatchesItStopsAfterABoundedNumberOfReadsAndSaysWhatItRead() {
    ScriptedEngine engine =
        new ScriptedEngine(
            0, 96, "T1850", "TI850", "T1850", "1B50", "T1850", "T1850", "T1850", "T1850", "T1850",
            "T1850", "T1850", "T1850");
    assertThatThrownBy(() -> FieldReader.text("eng", null, FOUR_DIGITS).read(engine, IMAGE))
        .isInstanceOfSatisfying(
            OcrBusinessException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.WRONG_FORMAT);
              assertThat(e.valueRead()).isEqualTo("T1850");
              assertThat(e.detail()).contains("\\d{4}").contains("TI850").contains("1B50");
            });
    assertThat(engine.asked).hasSizeLessThanOrEqualTo(PatternReader.MAX_READS);
    assertThat(engine.texts).as("reads left unasked").isNotEmpty();
  }

  @Test
  void theMessageSaysWhatWasReadAndWhatWasExpectedInBothLanguages() {
    ScriptedEngine engine = new ScriptedEngine(0, 96);
    assertThatThrownBy(() -> FieldReader.text("eng", "0123456789", FOUR_DIGITS).read(engine, IMAGE))
        .isInstanceOf(OcrBusinessException.class)
        .hasMessageContaining("\\d{4}");
  }
}
