package io.workforce.flows.parse;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The ocr step's {@code chars} and {@code pattern}: what the image can show and what the text must
 * match. Both tell the {@code text} reader only; the field readers know their characters and
 * checks.
 */
final class OcrChars {

  private static final Pattern LATIN = Pattern.compile("[\\x21-\\x7e ]+");

  private OcrChars() {}

  /**
   * The whitelist {@code chars} stands for, ranges such as {@code 0-9} or {@code A-F} expanded (a
   * {@code -} first or last is itself); null when absent or wrong (the problem is reported).
   */
  static String of(Body b, String field) {
    String chars = b.text("chars");
    if (chars == null) {
      return null;
    }
    Messages m = b.binder().m;
    if (!"text".equals(field)) {
      b.problem("chars", m.ocrOnlyWithText("chars"), m.hintOcrOnlyWithText());
      return null;
    }
    if (chars.isEmpty()) {
      b.problem("chars", m.ocrCharsEmpty(), m.hintOcrCharsEmpty());
      return null;
    }
    StringBuilder out = new StringBuilder();
    int[] cps = chars.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      boolean range = i + 2 < cps.length && cps[i + 1] == '-';
      if (!range) {
        appendOnce(out, cps[i]);
        continue;
      }
      int from = cps[i];
      int to = cps[i + 2];
      if (to < from) {
        b.problem("chars", m.ocrCharsBackwards(new String(cps, i, 3)), m.hintOcrCharsRange());
        return null;
      }
      for (int c = from; c <= to; c++) {
        appendOnce(out, c);
      }
      i += 2;
    }
    return out.toString();
  }

  /** The compiled {@code pattern}; null when absent or wrong (the shape check reported it). */
  static Pattern pattern(Body b, String field) {
    String regex = b.text("pattern");
    if (regex == null) {
      return null;
    }
    if (!"text".equals(field)) {
      Messages m = b.binder().m;
      b.problem("pattern", m.ocrOnlyWithText("pattern"), m.hintOcrOnlyWithText());
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return null;
    }
  }

  /**
   * Whether every character is ASCII (letters, digits, punctuation): the English model reads those
   * better than chi_sim+eng (docs/ocr.md#captcha).
   */
  static boolean latin(String chars) {
    return LATIN.matcher(chars).matches();
  }

  private static void appendOnce(StringBuilder out, int codePoint) {
    if (out.indexOf(Character.toString(codePoint)) < 0) {
      out.appendCodePoint(codePoint);
    }
  }
}
