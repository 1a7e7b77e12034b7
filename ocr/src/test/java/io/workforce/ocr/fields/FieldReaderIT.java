package io.workforce.ocr.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.ocr.Box;
import io.workforce.ocr.OcrBusinessException;
import io.workforce.ocr.OcrBusinessException.Reason;
import io.workforce.ocr.OcrConfig;
import io.workforce.ocr.OcrEngine;
import io.workforce.ocr.corpus.ScreenRenderer;
import io.workforce.ocr.corpus.TextStyle;
import io.workforce.ocr.corpus.UiText;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Field readers on real Tesseract: the business errors a flow sees, and reading a field out of a
 * screen.
 */
class FieldReaderIT {

  private static OcrEngine ocr;

  @BeforeAll
  static void start() {
    ocr = OcrEngine.pool(OcrConfig.defaults().withEngines(2));
  }

  @AfterAll
  static void stop() {
    ocr.close();
  }

  @Test
  void anIdNumberWithAWrongCheckDigitOnScreenIsABusinessErrorCarryingTheValueRead() {
    String valid = IdNumbers.of("330106", LocalDate.of(1985, 7, 14), 123);
    String invalid = valid.substring(0, 17) + (valid.charAt(17) == '3' ? '4' : '3');
    BufferedImage image = ScreenRenderer.line(invalid, TextStyle.REGISTRY);
    assertThatThrownBy(() -> FieldReader.named("id_number").read(ocr, image))
        .isInstanceOfSatisfying(
            OcrBusinessException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CHECK_FAILED);
              assertThat(e.valueRead()).isEqualTo(invalid);
              assertThat(e.field()).isEqualTo("id_number");
              assertThat(e.detail()).contains(String.valueOf(valid.charAt(17)));
            });
  }

  @Test
  void aCreditCodeWithAWrongCheckCharacterIsABusinessError() {
    String valid = CreditCodes.of("91330106MA2A10X01");
    String invalid = valid.substring(0, 17) + (valid.charAt(17) == 'A' ? 'B' : 'A');
    assertThatThrownBy(
            () ->
                FieldReader.named("credit_code")
                    .read(ocr, ScreenRenderer.line(invalid, TextStyle.REGISTRY)))
        .isInstanceOfSatisfying(
            OcrBusinessException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CHECK_FAILED);
              assertThat(e.valueRead()).isEqualTo(invalid);
            });
  }

  @Test
  void anAmountFieldShowingNoAmountIsUnreadableNotZero() {
    BufferedImage image = ScreenRenderer.line("暂无数据", TextStyle.REGISTRY);
    assertThatThrownBy(() -> FieldReader.named("amount").read(ocr, image))
        .isInstanceOf(OcrBusinessException.class)
        .satisfies(
            e ->
                assertThat(((OcrBusinessException) e).reason())
                    .isIn(Reason.UNREADABLE, Reason.WRONG_FORMAT, Reason.AMBIGUOUS));
  }

  @Test
  void aReadBelowTheRequiredConfidenceIsABusinessError() {
    BufferedImage image = ScreenRenderer.line("1,200.00万元", TextStyle.REGISTRY);
    FieldValue read = FieldReader.named("amount").read(ocr, image);
    assertThat(read.decimal()).isEqualByComparingTo("12000000");
    assertThatThrownBy(
            () ->
                FieldReader.named("amount")
                    .read(ocr, image, null, Math.min(100, read.confidence() + 1)))
        .isInstanceOfSatisfying(
            OcrBusinessException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.LOW_CONFIDENCE));
  }

  @Test
  void readsAFieldOutOfARegionOfAFullScreen() {
    BufferedImage screen = ScreenRenderer.screen(UiText.screenRows(10, 5), TextStyle.REGISTRY);
    BufferedImage value =
        ScreenRenderer.line(CreditCodes.of("91330106MA2A10X01"), TextStyle.REGISTRY);
    Graphics2D g = screen.createGraphics();
    g.drawImage(value, 600, 700, null);
    g.dispose();
    Box region = new Box(600, 700, value.getWidth(), value.getHeight());
    assertThat(FieldReader.named("credit_code").read(ocr, screen, region, 0).string())
        .isEqualTo(CreditCodes.of("91330106MA2A10X01"));
  }

  @Test
  void theTextReaderReadsSeveralLines() {
    BufferedImage first = ScreenRenderer.line("企业名称：杭州博华科技有限公司", TextStyle.REGISTRY);
    BufferedImage second = ScreenRenderer.line("Status: Approved", TextStyle.REGISTRY);
    BufferedImage both =
        new BufferedImage(
            Math.max(first.getWidth(), second.getWidth()) + 20,
            first.getHeight() + second.getHeight() + 10,
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = both.createGraphics();
    g.setColor(TextStyle.REGISTRY.background());
    g.fillRect(0, 0, both.getWidth(), both.getHeight());
    g.drawImage(first, 0, 0, null);
    g.drawImage(second, 0, first.getHeight() + 10, null);
    g.dispose();
    assertThat(FieldReader.named("text").read(ocr, both).string())
        .isEqualTo("企业名称：杭州博华科技有限公司\nStatus: Approved");
  }
}
