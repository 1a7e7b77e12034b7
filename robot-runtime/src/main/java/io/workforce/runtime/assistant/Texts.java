package io.workforce.runtime.assistant;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The assistant's text in Chinese (default) or English ({@code WORKFORCE_LANG=en}), from {@code
 * io/workforce/runtime/assistant/texts*.properties}.
 */
public final class Texts {

  private static final Locale LOCALE =
      "en".equalsIgnoreCase(System.getenv("WORKFORCE_LANG"))
          ? Locale.ENGLISH
          : Locale.SIMPLIFIED_CHINESE;
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "io.workforce.runtime.assistant.texts",
          LOCALE,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private Texts() {}

  /** Whether the clerk reads English. */
  public static boolean english() {
    return LOCALE == Locale.ENGLISH;
  }

  /** The language tag sent as {@code Accept-Language}. */
  public static String languageTag() {
    return english() ? "en" : "zh-CN";
  }

  /**
   * The text for {@code key} with {@code args} filled in (MessageFormat); the key itself if
   * unknown.
   */
  public static String get(String key, Object... args) {
    String pattern;
    try {
      pattern = BUNDLE.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
  }
}
