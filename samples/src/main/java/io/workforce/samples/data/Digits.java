package io.workforce.samples.data;

import java.time.LocalDate;

/**
 * Zero-padded numbers and compact dates without {@code String.format}: the generator writes
 * thousands of them at start-up, when the JVM is still cold and Formatter costs more than the rest
 * of the work.
 */
final class Digits {

  private Digits() {}

  /** {@code value} with leading zeros to {@code width} digits (value ≥ 0). */
  static String pad(int value, int width) {
    String s = Integer.toString(value);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  /** {@code yyyyMMdd}. */
  static String basicDate(LocalDate d) {
    return pad(d.getYear(), 4) + pad(d.getMonthValue(), 2) + pad(d.getDayOfMonth(), 2);
  }
}
