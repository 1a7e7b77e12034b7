package io.workforce.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads text from images with Tesseract. Thread-safe: any number of threads may call it; inside, a
 * bounded pool of Tesseract engines (one per core by default) is created lazily, reused, and closed
 * by {@link #close()} or at JVM shutdown. Keep one per process: loading an engine costs 0.2–0.5 s,
 * a read of a field image with a loaded engine 15–40 ms.
 *
 * <pre>{@code
 * try (OcrEngine ocr = OcrEngine.pool()) {
 *   OcrResult r = ocr.recognize(image, OcrOptions.defaults().withLanguages("eng"));
 *   System.out.println(r.text() + " (" + r.confidence() + ")");
 * }
 * }</pre>
 *
 * <p>For values with a form (amounts, ID numbers, credit codes, dates) use the readers in {@link
 * io.workforce.ocr.fields.FieldReader}: they choose the options, check the value and retry other
 * preprocessing when a read fails its check.
 */
public interface OcrEngine extends AutoCloseable {

  /**
   * A pool with {@link OcrConfig#defaults()}: one engine per core, Debian's tessdata found
   * automatically.
   */
  static OcrEngine pool() {
    return pool(OcrConfig.defaults());
  }

  /** A pool with the given settings; no engine is created until the first read. */
  static OcrEngine pool(OcrConfig config) {
    return new EnginePool(config, NativeTesseract::api, System.getenv("TESSDATA_PREFIX"));
  }

  /**
   * Reads an image (a screen shot is taken to be 96 dpi).
   *
   * @throws OcrUnavailableException when Tesseract or a language is not installed (names the
   *     package)
   * @throws OcrFailedException when the engine failed or no engine became free in time
   * @throws IllegalArgumentException when the options do not fit the image (e.g. a region outside
   *     it)
   */
  OcrResult recognize(BufferedImage image, OcrOptions options);

  /** Reads an image with {@link OcrOptions#defaults()}. */
  default OcrResult recognize(BufferedImage image) {
    return recognize(image, OcrOptions.defaults());
  }

  /** Reads PNG, JPEG, BMP, GIF or TIFF bytes; PDF bytes are read page by page and joined. */
  default OcrResult recognize(byte[] imageBytes, OcrOptions options) {
    return Documents.recognize(this, imageBytes, Messages.say("图像数据", "image bytes"), options);
  }

  /** Reads an image file (PNG, JPEG, BMP, GIF, TIFF) or every page of a PDF, joined. */
  default OcrResult recognize(Path file, OcrOptions options) {
    return Documents.recognize(this, ImageInput.readFile(file), file.toString(), options);
  }

  /**
   * Reads every page of a PDF (scanned documents), one result per page; boxes are in 300 dpi page
   * pixels.
   */
  default List<OcrResult> recognizePages(Path pdf, OcrOptions options) {
    return Documents.pages(this, ImageInput.readFile(pdf), pdf.toString(), options);
  }

  /**
   * Reads an image of the given resolution; {@link #recognize(BufferedImage, OcrOptions)} assumes
   * 96 dpi. Tesseract uses the resolution for size heuristics when it finds lines in a page.
   */
  OcrResult recognize(BufferedImage image, OcrOptions options, int dpi);

  /** The languages installed on this machine, e.g. {@code [chi_sim, eng, osd]}. */
  Set<String> availableLanguages();

  /** Frees every engine; reads still running finish first, later calls fail. */
  @Override
  void close();
}
