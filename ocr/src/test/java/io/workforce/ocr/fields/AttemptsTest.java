package io.workforce.ocr.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.ocr.Box;
import io.workforce.ocr.OcrBusinessException;
import io.workforce.ocr.OcrBusinessException.Reason;
import io.workforce.ocr.OcrEngine;
import io.workforce.ocr.OcrOptions;
import io.workforce.ocr.OcrResult;
import io.workforce.ocr.OcrWord;
import io.workforce.ocr.corpus.ScreenRenderer;
import io.workforce.ocr.corpus.TextStyle;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The retry and voting rules, with an engine that returns scripted reads. */
class AttemptsTest {

  /** Returns the scripted texts in order, each as one word spanning the given columns. */
  static final class ScriptedEngine implements OcrEngine {
    final Deque<String> texts;
    final List<OcrOptions> asked = new ArrayList<>();
    int left;
    int right;

    ScriptedEngine(int left, int right, String... texts) {
      this.texts = new ArrayDeque<>(List.of(texts));
      this.left = left;
      this.right = right;
    }

    @Override
    public OcrResult recognize(BufferedImage image, OcrOptions options) {
      return recognize(image, options, 96);
    }

    @Override
    public OcrResult recognize(BufferedImage image, OcrOptions options, int dpi) {
      asked.add(options);
      String text = texts.isEmpty() ? "" : texts.poll();
      double scale = options.preprocessing().autoScale() ? 2 : options.preprocessing().scale();
      List<OcrWord> words =
          text.isEmpty()
              ? List.of()
              : List.of(new OcrWord(text, new Box(left, 2, right - left, 14), 90));
      return new OcrResult(text, words, text.isEmpty() ? 0 : 90, Duration.ofMillis(1), scale);
    }

    @Override
    public Set<String> availableLanguages() {
      return Set.of("eng", "chi_sim");
    }

    @Override
    public void close() {}
  }

  private static final BufferedImage AMOUNT = ScreenRenderer.line("1,200.00万元", TextStyle.REGISTRY);
  private static final int[] INK = Glyphs.of(AMOUNT, null).extent();

  private static ScriptedEngine engine(String... reads) {
    return new ScriptedEngine(INK[0], INK[1], reads);
  }

  @Test
  void anAmountNeedsTwoReadsThatAgree() {
    ScriptedEngine engine = engine("1,200.00万元", "1,200.00万元");
    FieldValue v = FieldReader.named("amount").read(engine, AMOUNT);
    assertThat(v.decimal()).isEqualByComparingTo("12000000");
    assertThat(v.attempts()).isEqualTo(2);
    assertThat(engine.asked).extracting(o -> o.preprocessing().scale()).containsExactly(1.0, 1.5);
  }

  @Test
  void readsOnUntilTwoAgree() {
    FieldValue v =
        FieldReader.named("amount")
            .read(engine("1,200.00万元", "1,20000万元", "1,700.00万元", "1,200.00万元"), AMOUNT);
    assertThat(v.decimal()).isEqualByComparingTo("12000000");
    assertThat(v.attempts()).isEqualTo(4);
  }

  @Test
  void twoDifferentValidReadsAndNoAgreementAreAmbiguous() {
    assertThatThrownBy(
            () ->
                FieldReader.named("amount")
                    .read(engine("1,200.00万元", "1,700.00万元", "x", "x", "x"), AMOUNT))
        .isInstanceOfSatisfying(
            OcrBusinessException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.AMBIGUOUS);
              assertThat(e.detail()).contains("1,200.00万元").contains("1,700.00万元");
            });
  }

  @Test
  void aReadWithFarFewerCharactersThanGlyphsDoesNotCount() {
    assertThatThrownBy(
            () -> FieldReader.named("amount").read(engine("9", "9", "9", "9", "9"), AMOUNT))
        .isInstanceOfSatisfying(
            OcrBusinessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
  }

  @Test
  void aReadWhoseWordsStopShortOfTheInkDoesNotCount() {
    ScriptedEngine engine =
        new ScriptedEngine(
            INK[0],
            INK[0] + (INK[1] - INK[0]) / 2,
            "1,200.00",
            "1,200.00",
            "1,200.00",
            "1,200.00",
            "1,200.00");
    assertThatThrownBy(() -> FieldReader.named("amount").read(engine, AMOUNT))
        .isInstanceOfSatisfying(
            OcrBusinessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
  }

  @Test
  void anIdNumberIsProvedByOneReadWithTheRightCheckCharacter() {
    BufferedImage id = ScreenRenderer.line("11010519491231002X", TextStyle.REGISTRY);
    ScriptedEngine engine = new ScriptedEngine(0, 1, "11010519491231002X");
    FieldValue v = FieldReader.named("id_number").read(engine, id);
    assertThat(v.string()).isEqualTo("11010519491231002X");
    assertThat(v.attempts()).isEqualTo(1);
    assertThat(engine.asked.get(0).whitelist()).isEqualTo("0123456789X");
    assertThat(engine.asked.get(0).languages()).isEqualTo("eng");
  }

  @Test
  void anIdNumberThatFailsItsCheckOnEveryReadIsReportedAsReadMostOften() {
    BufferedImage id = ScreenRenderer.line("110105194912310021", TextStyle.REGISTRY);
    String[] reads = new String[40];
    java.util.Arrays.fill(reads, "110105194912310021");
    reads[1] = "11010519491231002";
    assertThatThrownBy(
            () -> FieldReader.named("id_number").read(new ScriptedEngine(0, 1, reads), id))
        .isInstanceOfSatisfying(
            OcrBusinessException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CHECK_FAILED);
              assertThat(e.valueRead()).isEqualTo("110105194912310021");
            });
  }

  @Test
  void anUnreadableCodeIsTriedAtEveryScaleThenGlyphByGlyph() {
    BufferedImage id = ScreenRenderer.line("110105194912310021", TextStyle.REGISTRY);
    ScriptedEngine engine = new ScriptedEngine(0, 1);
    assertThatThrownBy(() -> FieldReader.named("id_number").read(engine, id))
        .isInstanceOf(OcrBusinessException.class);
    assertThat(engine.asked.subList(0, 6))
        .extracting(o -> o.preprocessing().scale())
        .containsExactly(2.0, 1.5, 3.0, 1.0, 2.5, 2.0);
    assertThat(engine.asked.get(5).preprocessing().binarize()).isTrue();
    assertThat(engine.asked.subList(6, engine.asked.size()))
        .hasSize(18)
        .allMatch(
            o -> o.pageSegMode() == io.workforce.ocr.PageSegMode.SINGLE_CHAR && o.region() != null);
  }

  @Test
  void aReadBelowTheMinimumConfidenceIsABusinessError() {
    assertThatThrownBy(
            () ->
                FieldReader.named("amount")
                    .read(engine("1,200.00万元", "1,200.00万元"), AMOUNT, null, 95))
        .isInstanceOfSatisfying(
            OcrBusinessException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.LOW_CONFIDENCE));
  }
}
