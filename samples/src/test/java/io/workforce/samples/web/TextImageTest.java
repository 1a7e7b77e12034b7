package io.workforce.samples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The value images follow CONTRACTS.md, which the OCR corpus renders the same way. */
class TextImageTest {

  @Test
  void usesTheNotoSansCjkFontOfTheMachine() {
    assertThat(TextImage.fontAvailable()).as("fonts-noto-cjk installed (./rpa doctor)").isTrue();
  }

  @Test
  void drawsDarkGreyTextOnLightGreyWithFourPixelsLeftAndRightAndThreeAboveAndBelow()
      throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(TextImage.png("1,200.00万元")));
    int minX = image.getWidth();
    int maxX = -1;
    int minY = image.getHeight();
    int maxY = -1;
    int darkest = 0xFF;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        int r = rgb >> 16;
        assertThat(r).as("greyscale").isEqualTo(rgb & 0xFF).isEqualTo((rgb >> 8) & 0xFF);
        if (rgb != 0xFAFAFA) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
          darkest = Math.min(darkest, r);
        }
      }
    }
    assertThat(darkest).isEqualTo(0x22);
    assertThat(minX).isGreaterThanOrEqualTo(4);
    assertThat(image.getWidth() - 1 - maxX).isGreaterThanOrEqualTo(4);
    assertThat(minY).isGreaterThanOrEqualTo(3);
    assertThat(image.getHeight() - 1 - maxY).isGreaterThanOrEqualTo(3);
    assertThat(image.getHeight()).isBetween(20, 30);
  }

  @Test
  void makesLongerImagesForLongerText() {
    assertThat(TextImage.render("330106202304158123").getWidth())
        .isGreaterThan(TextImage.render("10.00万元").getWidth());
  }
}
