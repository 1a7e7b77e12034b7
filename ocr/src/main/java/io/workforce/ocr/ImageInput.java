package io.workforce.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Decodes what callers hand us: PNG/JPEG/BMP/GIF/TIFF bytes or files, and PDF pages (rendered at
 * 300 dpi).
 */
final class ImageInput {

  /**
   * Scans are read at 300 dpi: glyphs of 10 pt print come out ~30 px high, Tesseract's sweet spot.
   */
  static final int PDF_DPI = 300;

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F'};

  private ImageInput() {}

  static boolean isPdf(byte[] bytes) {
    if (bytes.length < PDF_MAGIC.length) {
      return false;
    }
    for (int i = 0; i < PDF_MAGIC.length; i++) {
      if (bytes[i] != PDF_MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  static byte[] readFile(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(
          Messages.say("图像文件不存在: " + file, "image file not found: " + file), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          Messages.say(
              "无法读取图像文件 " + file + ": " + e.getMessage(),
              "cannot read image file " + file + ": " + e.getMessage()),
          e);
    }
  }

  /** Decodes an image; {@code source} names it in errors (a file name or "image bytes"). */
  static BufferedImage decode(byte[] bytes, String source) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      image = null;
    }
    if (image == null) {
      throw new IllegalArgumentException(
          Messages.say(
              source + " (" + bytes.length + " 字节) 不是可识别的图像; 支持 PNG、JPEG、BMP、GIF、TIFF 和 PDF",
              source
                  + " ("
                  + bytes.length
                  + " bytes) is not an image we can read; PNG, JPEG, BMP, GIF, TIFF and PDF are"));
    }
    return image;
  }

  /** Every page of a PDF as a grey image. */
  static List<BufferedImage> pdfPages(byte[] bytes, String source) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      PDFRenderer renderer = new PDFRenderer(document);
      List<BufferedImage> pages = new ArrayList<>();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        pages.add(renderer.renderImageWithDPI(i, PDF_DPI, ImageType.GRAY));
      }
      return pages;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          Messages.say(
              source + " 不是可读取的 PDF: " + e.getMessage(),
              source + " is not a readable PDF: " + e.getMessage()),
          e);
    }
  }
}
