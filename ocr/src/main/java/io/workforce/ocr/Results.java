package io.workforce.ocr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Builds an {@link OcrResult} from Tesseract's words: boxes mapped back, text assembled and cleaned. */
final class Results {

  /** Chinese characters and CJK/full-width punctuation: Tesseract separates them with spaces that are not there. */
  private static final String CJK = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]";
  private static final Pattern CJK_SPACE = Pattern.compile("(?<=" + CJK + ") +(?=" + CJK + ")");

  private Results() {}

  static OcrResult of(List<TessHandle.RawWord> raw, PreparedImage image, float minConfidence, Duration elapsed) {
    List<OcrWord> words = new ArrayList<>(raw.size());
    StringBuilder text = new StringBuilder();
    boolean pendingLineBreak = false;
    double confidenceSum = 0;
    int accepted = 0;
    for (TessHandle.RawWord w : raw) {
      float confidence = Math.max(0, Math.min(100, w.confidence()));
      words.add(new OcrWord(w.text(), image.toSource(w.left(), w.top(), w.right(), w.bottom()), confidence));
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
    return new OcrResult(joinChinese(text.toString()), words, mean, elapsed, image.scale());
  }

  /** Removes spaces between two Chinese characters (Chinese has no word spaces; Tesseract adds them). */
  static String joinChinese(String text) {
    return CJK_SPACE.matcher(text).replaceAll("");
  }
}
