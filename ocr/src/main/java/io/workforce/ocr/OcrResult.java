package io.workforce.ocr;

import java.time.Duration;
import java.util.List;

/**
 * What was read from one image.
 *
 * @param text the text, lines separated by {@code \n}, without words below the minimum confidence
 *     and without the spaces Tesseract puts between Chinese characters
 * @param words every word found, with box and confidence (also those below the minimum confidence)
 * @param confidence mean confidence of the accepted words, 0–100 (0 when nothing was read)
 * @param elapsed time taken, including preprocessing and waiting for a free engine
 * @param scale the scale factor that preprocessing applied (1 = none)
 */
public record OcrResult(
    String text, List<OcrWord> words, float confidence, Duration elapsed, double scale) {

  public OcrResult {
    words = List.copyOf(words);
  }

  /** True when nothing (or only whitespace) was read. */
  public boolean isBlank() {
    return text.isBlank();
  }
}
