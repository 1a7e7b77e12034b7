package io.workforce.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.ocr.corpus.ScreenRenderer;
import io.workforce.ocr.corpus.TextStyle;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PreprocessorTest {

  private static final TextStyle WHITE_ON_BLUE =
      new TextStyle(
          "header",
          "Noto Sans CJK SC",
          Font.BOLD,
          14,
          Color.WHITE,
          new Color(0x2F5597),
          true,
          6,
          4);

  @Test
  void lightTextOnDarkIsInvertedToDarkOnLight() {
    BufferedImage header = ScreenRenderer.line("企业名称", WHITE_ON_BLUE);
    PreparedImage prepared =
        Preprocessor.prepare(header, null, Preprocessing.auto().withScale(1), 96);
    assertThat(background(prepared)).isGreaterThan(128);
    PreparedImage untouched = Preprocessor.prepare(header, null, Preprocessing.none(), 96);
    assertThat(background(untouched)).isLessThan(100);
  }

  @Test
  void autoScaleEnlargesSmallScreenTextAndLeavesLargeTextAlone() {
    BufferedImage small = ScreenRenderer.line("统一社会信用代码 91330106MA2AXXXX1", TextStyle.REGISTRY);
    assertThat(Preprocessor.prepare(small, null, Preprocessing.auto(), 96).scale())
        .isBetween(1.5, 2.5);
    TextStyle large =
        new TextStyle(
            "large", "Noto Sans CJK SC", Font.PLAIN, 40, Color.BLACK, Color.WHITE, true, 4, 3);
    assertThat(
            Preprocessor.prepare(
                    ScreenRenderer.line("统一社会信用代码", large), null, Preprocessing.auto(), 96)
                .scale())
        .isEqualTo(1);
  }

  @Test
  void autoScaleKeepsLargeImagesUnderThePixelBudget() {
    assertThat(Preprocessor.autoScale(specks(2000, 1500), 2000, 1500, 128))
        .isEqualTo(2.0); // 2× of 3 Mpx: 12 Mpx
    assertThat(Preprocessor.autoScale(specks(200, 150), 200, 150, 128)).isEqualTo(4.0);
  }

  /** A white image with a row of 3-pixel-high specks, which alone would ask for 4×. */
  private static byte[] specks(int width, int height) {
    byte[] px = new byte[width * height];
    java.util.Arrays.fill(px, (byte) 255);
    for (int x = 10; x < 190; x += 6) {
      for (int y = 100; y < 103; y++) {
        px[y * width + x] = 0;
      }
    }
    return px;
  }

  @Test
  void paddingAddsABorderOfTheBackgroundAndIsMappedBackInBoxes() {
    BufferedImage line = ScreenRenderer.line("12345", TextStyle.REGISTRY);
    PreparedImage p =
        Preprocessor.prepare(line, null, Preprocessing.auto().withScale(2).withPadding(10), 96);
    assertThat(p.width()).isEqualTo(line.getWidth() * 2 + 20);
    assertThat(p.pixels()[0] & 0xff).isEqualTo(0xFA);
    assertThat(p.toSource(10, 10, 30, 30)).isEqualTo(new Box(0, 0, 10, 10));
    assertThat(p.dpi()).isEqualTo(192);
  }

  @Test
  void aRegionIsCutOutAndItsOriginKeptForTheBoxes() {
    BufferedImage line = ScreenRenderer.line("企业名称 12345", TextStyle.REGISTRY);
    PreparedImage p = Preprocessor.prepare(line, new Box(20, 2, 30, 15), Preprocessing.none(), 96);
    assertThat(p.width()).isEqualTo(30);
    assertThat(p.toSource(0, 0, 5, 5)).isEqualTo(new Box(20, 2, 5, 5));
  }

  @Test
  void aRegionOutsideTheImageIsRejectedWithBothSizes() {
    BufferedImage line = new BufferedImage(100, 20, BufferedImage.TYPE_INT_RGB);
    assertThatThrownBy(
            () -> Preprocessor.prepare(line, new Box(90, 0, 20, 10), Preprocessing.none(), 96))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x=90")
        .hasMessageContaining("100×20");
  }

  @Test
  void binarisationLeavesOnlyBlackAndWhite() {
    BufferedImage line = ScreenRenderer.line("12345", TextStyle.REGISTRY);
    PreparedImage p =
        Preprocessor.prepare(line, null, Preprocessing.auto().withScale(2).withBinarize(true), 96);
    for (byte b : p.pixels()) {
      assertThat(b & 0xff).isIn(0, 255);
    }
  }

  @Test
  void glyphHeightOfFourteenPixelTextIsAboutTenToFourteenPixels() {
    BufferedImage line = ScreenRenderer.line("企业名称统一社会信用代码", TextStyle.REGISTRY);
    BufferedImage grey = GreyImage.of(line);
    byte[] px = GreyImage.pixels(grey);
    double h =
        GlyphHeights.median(
            px, grey.getWidth(), grey.getHeight(), GreyImage.otsu(GreyImage.histogram(px)));
    assertThat(h).isBetween(9.0, 15.0);
  }

  @Test
  void invalidPreprocessingValuesAreRejectedWithTheValue() {
    assertThatThrownBy(() -> Preprocessing.auto().withScale(12)).hasMessageContaining("12");
    assertThatThrownBy(() -> Preprocessing.auto().withPadding(-1)).hasMessageContaining("-1");
  }

  private static int background(PreparedImage p) {
    return GreyImage.background(GreyImage.histogram(p.pixels()));
  }
}
