package io.workforce.e2e.controlcenter;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A small screenshot-like PNG (a form with an error line), as a robot would upload on a failed
 * step.
 */
final class Png {

  private Png() {}

  static byte[] of(String errorText) {
    BufferedImage img = new BufferedImage(480, 220, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_GASP);
    g.setColor(new Color(0xF4F6FA));
    g.fillRect(0, 0, 480, 220);
    g.setColor(new Color(0x1F4E99));
    g.fillRect(0, 0, 480, 34);
    g.setColor(Color.WHITE);
    g.setFont(new Font("Noto Sans CJK SC", Font.BOLD, 15));
    g.drawString("政务服务受理系统 · 育儿补贴申领", 12, 23);
    g.setColor(new Color(0x333333));
    g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 13));
    String[] labels = {"申请人姓名", "申请人身份证号", "儿童身份证号"};
    for (int i = 0; i < labels.length; i++) {
      g.drawString(labels[i], 16, 70 + i * 34);
      g.setColor(Color.WHITE);
      g.fillRect(130, 54 + i * 34, 300, 24);
      g.setColor(new Color(0xBBBBBB));
      g.drawRect(130, 54 + i * 34, 300, 24);
      g.setColor(new Color(0x333333));
    }
    g.setColor(new Color(0xC62828));
    g.drawString(errorText.length() > 40 ? errorText.substring(0, 40) + "…" : errorText, 16, 200);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
