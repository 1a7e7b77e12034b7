package io.workforce.ocr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an {@link OcrResult} from Tesseract's words: boxes mapped back, text assembled and
 * cleaned.
 */
final class Results {

  private Results() {}

  static OcrResult of(
      List<TessHandle.RawWord> raw,
      PreparedImage image,
      float minConfidence,
      boolean chinese,
      Duration elapsed) {
    List<OcrWord> words = new ArrayList<>(raw.size());
    StringBuilder text = new StringBuilder();
    boolean pendingLineBreak = false;
    double confidenceSum = 0;
    int accepted = 0;
    for (TessHandle.RawWord w : raw) {
      float confidence = Math.max(0, Math.min(100, w.confidence()));
      words.add(
          new OcrWord(
              w.text(), image.toSource(w.left(), w.top(), w.right(), w.bottom()), confidence));
      pendingLineBreak |= w.lineStart();
      if (confidence < minConfidence || w.text().isBlank()) {
        continue;
      }
      if (!text.isEmpty()) {
        text.append(pendingLineBreak ? '\n' : ' ');
      }
      text.append(w.text());
      pendingLineBreak = false;
      confidenceSum += confidence;
      accepted++;
    }
    float mean = accepted == 0 ? 0 : (float) (confidenceSum / accepted);
    String assembled = chinese ? ChineseText.tidy(text.toString()) : text.toString();
    return new OcrResult(assembled, words, mean, elapsed, image.scale());
  }
}
