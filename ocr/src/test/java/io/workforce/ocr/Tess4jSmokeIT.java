package io.workforce.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import net.sourceforge.tess4j.Tesseract;
import org.junit.jupiter.api.Test;

/** Proves that Tess4J finds Debian's libtesseract and its eng and chi_sim data, reading rendered lines. */
class Tess4jSmokeIT {

  private static final String TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";

  @Test
  void readsARenderedEnglishLine() throws Exception {
    Tesseract tesseract = new Tesseract();
    tesseract.setDatapath(TESSDATA);
    tesseract.setLanguage("eng");
    String text = tesseract.doOCR(render("Registered capital 1250000 CNY", "DejaVu Sans"));
    assertThat(text.trim()).isEqualTo("Registered capital 1250000 CNY");
  }

  @Test
  void readsARenderedChineseLine() throws Exception {
    Tesseract tesseract = new Tesseract();
    tesseract.setDatapath(TESSDATA);
    tesseract.setLanguage("chi_sim+eng");
    String text = tesseract.doOCR(render("企业登记系统 注册资本", "Noto Sans CJK SC"));
    assertThat(text.replace(" ", "").trim()).isEqualTo("企业登记系统注册资本");
  }

  private static BufferedImage render(String line, String fontName) {
    BufferedImage image = new BufferedImage(900, 90, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(fontName, Font.PLAIN, 40));
    g.drawString(line, 20, 60);
    g.dispose();
    return image;
  }
}
