package io.workforce.ocr.fields;

import java.text.Normalizer;

/** Text clean-up shared by the readers. */
final class Normalise {

  private Normalise() {}

  /**
   * Full-width forms folded to ASCII (NFKC: {@code １２３，４} → {@code 123,4}), every space removed.
   */
  static String compact(String text) {
    String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    return folded.replaceAll("\\s+", "").replace('￥', '¥');
  }
}
