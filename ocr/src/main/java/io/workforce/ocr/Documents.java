package io.workforce.ocr;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Bytes and files to images, and multi-page PDFs to one result or one per page. */
final class Documents {

  private Documents() {}

  static OcrResult recognize(OcrEngine engine, byte[] bytes, String source, OcrOptions options) {
    if (!ImageInput.isPdf(bytes)) {
      return engine.recognize(ImageInput.decode(bytes, source), options);
    }
    return join(pages(engine, bytes, source, options));
  }

  static List<OcrResult> pages(OcrEngine engine, byte[] bytes, String source, OcrOptions options) {
    if (!ImageInput.isPdf(bytes)) {
      throw new IllegalArgumentException(
          Messages.say(source + " 不是 PDF 文件", source + " is not a PDF file"));
    }
    List<OcrResult> results = new ArrayList<>();
    for (BufferedImage page : ImageInput.pdfPages(bytes, source)) {
      results.add(engine.recognize(page, options, ImageInput.PDF_DPI));
    }
    return results;
  }

  /**
   * Pages joined by a blank line; words of all pages (boxes per page); mean confidence; total time.
   */
  static OcrResult join(List<OcrResult> pages) {
    if (pages.size() == 1) {
      return pages.get(0);
    }
    StringBuilder text = new StringBuilder();
    List<OcrWord> words = new ArrayList<>();
    Duration elapsed = Duration.ZERO;
    double confidence = 0;
    for (OcrResult page : pages) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append(page.text());
      words.addAll(page.words());
      elapsed = elapsed.plus(page.elapsed());
      confidence += page.confidence();
    }
    float mean = pages.isEmpty() ? 0 : (float) (confidence / pages.size());
    return new OcrResult(
        text.toString(), words, mean, elapsed, pages.isEmpty() ? 1 : pages.get(0).scale());
  }
}
