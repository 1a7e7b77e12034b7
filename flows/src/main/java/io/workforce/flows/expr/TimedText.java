package io.workforce.flows.expr;

import java.util.regex.Pattern;

/**
 * A text that checks the expression's time while a regular expression reads it: a pattern such as
 * {@code (a|aa)+b} backtracks for ever on a few dozen characters, and the regex engine has no
 * timeout of its own; it reads every character through {@link #charAt}.
 */
final class TimedText implements CharSequence {

  private final CharSequence text;
  private int reads;

  private TimedText(CharSequence text) {
    this.text = text;
  }

  /** Whether the regular expression matches the whole text, within the expression's time. */
  static boolean matches(String regex, String text) {
    return Pattern.compile(regex).matcher(new TimedText(text)).matches();
  }

  @Override
  public char charAt(int index) {
    if ((++reads & 0xFFF) == 0) {
      Limits.checkTime();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new TimedText(text.subSequence(start, end));
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
