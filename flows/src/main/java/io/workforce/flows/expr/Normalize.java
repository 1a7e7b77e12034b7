package io.workforce.flows.expr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Normalisation of the texts that legacy systems show: full-width characters, stray white space,
 * Chinese number and date forms. Used by {@code verify}, by {@code read … as:} and by the
 * expression functions.
 */
public final class Normalize {

  private Normalize() {}

  /**
   * Strips leading and trailing white space (also the ideographic space) and collapses inner runs
   * to one space.
   */
  public static String trim(String s) {
    if (s == null) {
      return null;
    }
    return s.replace('\u3000', ' ').replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
  }

  /** Turns full-width ASCII forms (Ａ１，：) and the ideographic space into their half-width forms. */
  public static String halfWidth(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u3000') {
        out.append(' ');
      } else if (c >= '\uFF01' && c <= '\uFF5E') {
        out.append((char) (c - 0xFEE0));
      } else if (c == '。') {
        out.append('.');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Lower case, independent of the machine's locale. */
  public static String lowerCase(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a number as people write it: {@code 1,234.50}, {@code １２３}, {@code ¥1,000}, {@code 50万},
   * {@code 1.2亿}, {@code (12.5)} for negatives.
   *
   * @throws NumberFormatException with the text when it is not a number
   */
  public static BigDecimal number(String text) {
    if (text == null) {
      throw new NumberFormatException("no number: the value is empty");
    }
    String s =
        halfWidth(text)
            .strip()
            .replace(",", "")
            .replace(" ", "")
            .replace("¥", "")
            .replace("￥", "")
            .replace("元", "")
            .replace("RMB", "");
    BigDecimal factor = BigDecimal.ONE;
    if (s.endsWith("万")) {
      factor = BigDecimal.valueOf(10_000);
      s = s.substring(0, s.length() - 1);
    } else if (s.endsWith("亿")) {
      factor = BigDecimal.valueOf(100_000_000);
      s = s.substring(0, s.length() - 1);
    }
    boolean negative = s.startsWith("(") && s.endsWith(")");
    if (negative) {
      s = s.substring(1, s.length() - 1);
    }
    try {
      BigDecimal value = new BigDecimal(s).multiply(factor);
      return negative ? value.negate() : value;
    } catch (NumberFormatException e) {
      throw new NumberFormatException("not a number: \"" + text + "\"");
    }
  }

  /**
   * Reads a date with the first of the formats that fits ({@code yyyy-MM-dd} when none is given).
   * Formats use {@link DateTimeFormatter} letters: {@code yyyy年M月d日}, {@code yyyy/M/d}, {@code
   * yyyyMMdd}.
   *
   * @throws DateTimeParseException naming the text and the formats tried
   */
  public static LocalDate date(String text, List<String> formats) {
    List<String> tried = formats == null || formats.isEmpty() ? List.of("yyyy-MM-dd") : formats;
    String s = text == null ? "" : halfWidth(text).strip();
    for (String format : tried) {
      try {
        return LocalDate.parse(s, formatter(format));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    throw new DateTimeParseException(
        "\"" + text + "\" is not a date in the format " + String.join(" or ", tried), s, 0);
  }

  /**
   * A strict formatter for a date pattern ({@code y} is read as year-of-era, as people mean it).
   */
  public static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(
            pattern.replace("yyyy", "uuuu").replace("yy", "uu"), Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
