package io.workforce.ocr;

import java.util.regex.Pattern;

/**
 * Tidies text read with a Chinese model the way Chinese is written: no spaces next to Chinese
 * characters (Tesseract puts them around Chinese words, digits and colons: {@code 成立日期 : 2019 年}),
 * and ASCII punctuation that follows a Chinese character in its full-width form ({@code 日期:} →
 * {@code 日期：}).
 */
final class ChineseText {

  private static final String CJK = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]";
  private static final Pattern SPACE_NEAR_CJK =
      Pattern.compile("(?<=" + CJK + ")[ \\t]+|[ \\t]+(?=" + CJK + ")");
  private static final Pattern PUNCT_AFTER_HAN =
      Pattern.compile("(?<=\\p{IsHan})[ \\t]*([:;,!?)])");
  private static final Pattern OPEN_NEAR_HAN =
      Pattern.compile("(?<=\\p{IsHan})[ \\t]*\\(|\\((?=[ \\t]*\\p{IsHan})");

  private ChineseText() {}

  static String tidy(String text) {
    String s = PUNCT_AFTER_HAN.matcher(text).replaceAll(m -> fullWidth(m.group(1)));
    s = OPEN_NEAR_HAN.matcher(s).replaceAll("（");
    return SPACE_NEAR_CJK.matcher(s).replaceAll("");
  }

  private static String fullWidth(String ascii) {
    return String.valueOf((char) (ascii.charAt(0) - 0x21 + 0xFF01));
  }
}
