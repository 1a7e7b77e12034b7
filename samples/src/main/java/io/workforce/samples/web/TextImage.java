package io.workforce.samples.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Text drawn into a PNG the way a 2008 web page showed sensitive values, so that only OCR reads
 * them: Java2D, "Noto Sans CJK SC" PLAIN 14 px, greyscale anti-aliasing, #222222 on #FAFAFA, 4 px
 * padding left and right, 3 px top and bottom (fixed in CONTRACTS.md; the OCR test corpus renders
 * the same way).
 */
public final class TextImage {

  public static final String FONT_FAMILY = "Noto Sans CJK SC";
  private static final Font FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
  private static final Color TEXT = new Color(0x222222);
  private static final Color BACKGROUND = new Color(0xFAFAFA);
  private static final int PAD_X = 4;
  private static final int PAD_Y = 3;
  private static final int CACHE_SIZE = 2048;

  private static final Map<String, byte[]> CACHE =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  private TextImage() {}

  /** True when the JVM found the font (otherwise Java2D silently falls back to another one). */
  public static boolean fontAvailable() {
    return FONT_FAMILY.equals(FONT.getFamily(java.util.Locale.ENGLISH));
  }

  /** The text as an image. */
  public static BufferedImage render(String text) {
    FontMetrics metrics = metrics();
    int width = metrics.stringWidth(text) + 2 * PAD_X;
    int height = metrics.getAscent() + metrics.getDescent() + 2 * PAD_Y;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      hints(g);
      g.setColor(BACKGROUND);
      g.fillRect(0, 0, width, height);
      g.setColor(TEXT);
      g.setFont(FONT);
      g.drawString(text, PAD_X, PAD_Y + metrics.getAscent());
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The text as PNG bytes (cached: pages show the same values again and again). */
  public static byte[] png(String text) {
    synchronized (CACHE) {
      byte[] cached = CACHE.get(text);
      if (cached != null) {
        return cached;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try {
      ImageIO.write(render(text), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] png = out.toByteArray();
    synchronized (CACHE) {
      CACHE.put(text, png);
    }
    return png;
  }

  private static FontMetrics metrics() {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scratch.createGraphics();
    try {
      hints(g);
      return g.getFontMetrics(FONT);
    } finally {
      g.dispose();
    }
  }

  private static void hints(Graphics2D g) {
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
  }
}
