package io.workforce.runtime;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text in Chinese (default) or English ({@code WORKFORCE_LANG=en}), from {@code
 * io/workforce/runtime/messages*.properties}.
 */
public final class Messages {

  private static final Locale LOCALE =
      "en".equalsIgnoreCase(System.getenv("WORKFORCE_LANG"))
          ? Locale.ENGLISH
          : Locale.SIMPLIFIED_CHINESE;
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "io.workforce.runtime.messages",
          LOCALE,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private Messages() {}

  /** Whether the user reads English. */
  public static boolean english() {
    return LOCALE == Locale.ENGLISH;
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
