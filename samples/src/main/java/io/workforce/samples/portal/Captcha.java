package io.workforce.samples.portal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The log-in page's image verification code: four digits that follow from the data seed and a token
 * in the form, drawn as a PNG with two thin lines through it (deterministic: the same token always
 * gives the same picture, so an OCR test can count its read rate).
 */
final class Captcha {

  static final int WIDTH = 96;
  static final int HEIGHT = 36;
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD, 24);

  private final long seed;

  Captcha(long seed) {
    this.seed = seed;
  }

  /** The four digits for a token. */
  String code(String token) {
    long h = seed * 1_000_003L;
    for (char c : token.toCharArray()) {
      h = h * 31 + c;
    }
    return String.format("%04d", Math.floorMod(h, 10_000L));
  }

  /** The picture of the token's code. */
  byte[] png(String token) {
    String code = code(token);
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_GASP);
      g.setColor(new Color(0xF2F5FA));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      Random r = new Random(code.hashCode());
      g.setStroke(new BasicStroke(1f));
      g.setColor(new Color(0x9AA7BD));
      for (int i = 0; i < 2; i++) {
        g.drawLine(0, 6 + r.nextInt(HEIGHT - 12), WIDTH, 6 + r.nextInt(HEIGHT - 12));
      }
      g.setFont(FONT);
      g.setColor(new Color(0x1F3B73));
      for (int i = 0; i < code.length(); i++) {
        g.drawString(String.valueOf(code.charAt(i)), 10 + i * 20, 26 + r.nextInt(3) - 1);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
