package io.workforce.ocr;

import java.util.Locale;

/**
 * User-facing text in Chinese (default) or English ({@code WORKFORCE_LANG=en}). Messages of this
 * module reach clerks through the runtime's reports, so they follow the product's language switch.
 */
public final class Messages {

  private Messages() {}

  /**
   * The Chinese or the English text, by {@code WORKFORCE_LANG} (system property {@code
   * workforce.lang} wins).
   */
  public static String say(String zh, String en) {
    return english() ? en : zh;
  }

  static boolean english() {
    String lang = System.getProperty("workforce.lang", System.getenv("WORKFORCE_LANG"));
    return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en");
  }
}
