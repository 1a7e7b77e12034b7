package io.workforce.runtime.robot;

import io.workforce.runtime.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The robot's console text, Chinese by default and English with {@code WORKFORCE_LANG=en} (same
 * switch as {@link Messages}), from {@code io/workforce/runtime/robot/robot*.properties}.
 */
final class RobotMessages {

  private static final Locale LOCALE =
      Messages.english() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "io.workforce.runtime.robot.robot",
          LOCALE,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private RobotMessages() {}

  /** The text for {@code key} with {@code args} filled in; the key itself when unknown. */
  static String get(String key, Object... args) {
    String pattern;
    try {
      pattern = BUNDLE.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
  }
}
