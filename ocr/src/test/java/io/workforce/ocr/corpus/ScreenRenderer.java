package io.workforce.ocr.corpus;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.List;

/** Draws text the way a 2008 web page shows it: Java2D, greyscale anti-aliasing, small padding. */
public final class ScreenRenderer {

  private ScreenRenderer() {}

  /**
   * Where a font lacks a character (Chinese in DejaVu Sans), browsers fall back to a CJK font; so
   * do we.
   */
  static final String FALLBACK_FONT = "Noto Sans CJK SC";

  /**
   * One line, the image just as large as the text plus the style's padding. Text the font can show
   * is drawn exactly as the sample registry's {@code TextImage} draws it; other text with a CJK
   * fallback font.
   */
  public static BufferedImage line(String text, TextStyle style) {
    FontMetrics fm = metrics(style);
    boolean plain = style.awtFont().canDisplayUpTo(text) == -1;
    AttributedString runs = withFallback(text, style);
    int textWidth = plain ? fm.stringWidth(text) : fallbackWidth(runs, style);
    int width = Math.max(1, textWidth) + 2 * style.padX();
    int height = fm.getAscent() + fm.getDescent() + 2 * style.padY();
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(image, style);
    g.setColor(style.background());
    g.fillRect(0, 0, width, height);
    g.setColor(style.foreground());
    if (plain) {
      g.drawString(text, style.padX(), style.padY() + fm.getAscent());
    } else {
      g.drawString(runs.getIterator(), style.padX(), style.padY() + fm.getAscent());
    }
    g.dispose();
    return image;
  }

  private static int fallbackWidth(AttributedString runs, TextStyle style) {
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(probe, style);
    try {
      return (int)
          Math.ceil(new TextLayout(runs.getIterator(), g.getFontRenderContext()).getAdvance());
    } finally {
      g.dispose();
    }
  }

  private static AttributedString withFallback(String text, TextStyle style) {
    AttributedString runs = new AttributedString(text);
    if (text.isEmpty()) {
      return runs;
    }
    Font primary = style.awtFont();
    Font fallback = new Font(FALLBACK_FONT, style.style(), style.sizePx());
    runs.addAttribute(TextAttribute.FONT, primary);
    for (int i = 0; i < text.length(); i++) {
      if (!primary.canDisplay(text.charAt(i))) {
        runs.addAttribute(TextAttribute.FONT, fallback, i, i + 1);
      }
    }
    return runs;
  }

  /**
   * A 1280×800 form screen: a dark title bar, a menu, label/value rows in two columns, a table.
   *
   * @param rows label/value pairs (Chinese UI text)
   */
  public static BufferedImage screen(List<String[]> rows, TextStyle style) {
    BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(image, style);
    g.setColor(new Color(0xFAFAFA));
    g.fillRect(0, 0, 1280, 800);
    g.setColor(new Color(0x2F5597));
    g.fillRect(0, 0, 1280, 48);
    g.setFont(style.awtFont().deriveFont(20f));
    g.setColor(Color.WHITE);
    g.drawString("企业登记信息查询系统", 24, 32);
    g.setFont(style.awtFont());
    g.setColor(new Color(0x222222));
    g.drawString("首页  |  企业登记  |  变更登记  |  注销登记  |  年报公示  |  统计查询  |  系统管理", 24, 76);
    g.setColor(new Color(0xCCCCCC));
    g.drawLine(0, 90, 1280, 90);
    int y = 130;
    for (int i = 0; i < rows.size(); i++) {
      int x = i % 2 == 0 ? 40 : 660;
      g.setColor(new Color(0x666666));
      g.drawString(rows.get(i)[0], x, y);
      g.setColor(new Color(0x222222));
      g.drawString(rows.get(i)[1], x + 150, y);
      if (i % 2 == 1) {
        y += 36;
      }
    }
    g.dispose();
    return image;
  }

  private static FontMetrics metrics(TextStyle style) {
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(probe, style);
    FontMetrics fm = g.getFontMetrics();
    g.dispose();
    return fm;
  }

  private static Graphics2D graphics(BufferedImage image, TextStyle style) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING,
        style.antialias()
            ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON
            : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    g.setFont(style.awtFont());
    return g;
  }
}
