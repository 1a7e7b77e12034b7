package io.workforce.flows.expr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The functions an expression may call, without a prefix: {@code ${trim(item.name)}}. The set is
 * small on purpose and documented in {@code docs/flow-language.md}; {@link #NAMES} is what the
 * validator accepts. Method names are the function names, hence the snake case.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class Functions {

  /** Every function name, for the validator's "unknown function" check. */
  public static final Set<String> NAMES =
      Set.of(
          "trim",
          "upper",
          "lower",
          "len",
          "substr",
          "replace",
          "contains",
          "starts_with",
          "ends_with",
          "split",
          "join",
          "pad_left",
          "str",
          "half_width",
          "normalize",
          "digits",
          "number",
          "integer",
          "round",
          "format_number",
          "today",
          "now",
          "date",
          "format_date",
          "add_days",
          "add_months",
          "days_between",
          "matches",
          "append");

  private final Clock clock;

  Functions(Clock clock) {
    this.clock = clock;
  }

  // ---- strings

  public String trim(Object s) {
    return s == null ? null : Normalize.trim(s.toString());
  }

  public String upper(Object s) {
    return s == null ? null : s.toString().toUpperCase(Locale.ROOT);
  }

  public String lower(Object s) {
    return s == null ? null : Normalize.lowerCase(s.toString());
  }

  /** Length of a text, or size of a list or record; 0 for null. */
  public int len(Object x) {
    if (x == null) {
      return 0;
    }
    if (x instanceof Collection<?> c) {
      return c.size();
    }
    if (x instanceof Map<?, ?> m) {
      return m.size();
    }
    return x.toString().codePointCount(0, x.toString().length());
  }

  /** Characters from {@code start} (0-based) to the end. */
  public String substr(Object s, int start) {
    String t = str(s);
    return t.substring(Math.min(Math.max(0, start), t.length()));
  }

  /**
   * Characters from {@code start} (0-based, inclusive) to {@code end} (exclusive), clipped to the
   * text.
   */
  public String substr(Object s, int start, int end) {
    String t = str(s);
    int from = Math.min(Math.max(0, start), t.length());
    return t.substring(from, Math.max(from, Math.min(end, t.length())));
  }

  /** Replaces every occurrence of a text (not a pattern). */
  public String replace(Object s, Object target, Object replacement) {
    String text = str(s);
    String from = str(target);
    String to = str(replacement);
    long count = from.isEmpty() ? text.length() + 1L : occurrences(text, from);
    Limits.text(text.length() + count * (to.length() - from.length()));
    return text.replace(from, to);
  }

  private static long occurrences(String text, String part) {
    long count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  public boolean contains(Object s, Object part) {
    if (s instanceof Collection<?> c) {
      return c.contains(part);
    }
    return str(s).contains(str(part));
  }

  public boolean starts_with(Object s, Object prefix) {
    return str(s).startsWith(str(prefix));
  }

  public boolean ends_with(Object s, Object suffix) {
    return str(s).endsWith(str(suffix));
  }

  /** True when the regular expression matches the whole text. */
  public boolean matches(Object s, Object regex) {
    return TimedText.matches(str(regex), str(s));
  }

  /** Splits at every occurrence of a separator text (not a pattern); empty parts are kept. */
  public List<String> split(Object s, Object separator) {
    String sep = str(separator);
    if (sep.isEmpty()) {
      return List.of(str(s));
    }
    return List.of(str(s).split(Pattern.quote(sep), -1));
  }

  /** A new list: the elements of {@code list} (null = none) followed by {@code element}. */
  public List<Object> append(Object list, Object element) {
    List<Object> out = new java.util.ArrayList<>();
    if (list instanceof Collection<?> c) {
      out.addAll(c);
    } else if (list != null) {
      out.add(list);
    }
    Limits.items(out.size() + 1L);
    out.add(element);
    return out;
  }

  public String join(Object list, Object separator) {
    if (!(list instanceof Collection<?> c)) {
      return str(list);
    }
    String sep = str(separator);
    long length = 0;
    for (Object element : c) {
      length += str(element).length() + sep.length();
      Limits.text(length - sep.length());
    }
    return c.stream().map(this::str).collect(Collectors.joining(sep));
  }

  /**
   * Pads on the left to {@code width} characters with {@code pad} (e.g. {@code pad_left(n, 6,
   * '0')}).
   */
  public String pad_left(Object s, int width, Object pad) {
    String t = str(s);
    String p = str(pad).isEmpty() ? " " : str(pad).substring(0, 1);
    StringBuilder out = new StringBuilder();
    for (int i = t.length(); i < Math.min(width, 10_000); i++) {
      out.append(p);
    }
    return out.append(t).toString();
  }

  /** The value as text: numbers without exponent, dates ISO, null as "". */
  public String str(Object x) {
    if (x == null) {
      return "";
    }
    if (x instanceof BigDecimal d) {
      return Expressions.plain(d.stripTrailingZeros());
    }
    return x.toString();
  }

  // ---- normalisation

  public String half_width(Object s) {
    return s == null ? null : Normalize.halfWidth(s.toString());
  }

  /** Half-width, trimmed, inner white space collapsed: what {@code verify} compares by default. */
  public String normalize(Object s) {
    return s == null ? null : Normalize.trim(Normalize.halfWidth(s.toString()));
  }

  /** Only the digits of a text ({@code "０２１-1234"} → {@code "0211234"}). */
  public String digits(Object s) {
    return Normalize.halfWidth(str(s)).replaceAll("[^0-9]", "");
  }

  // ---- numbers

  /** A decimal from a number or from text as people write it (1,234.5 / １２ / 50万). */
  public BigDecimal number(Object x) {
    if (x instanceof BigDecimal d) {
      return d;
    }
    if (x instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    return Normalize.number(str(x));
  }

  /** A whole number; a fraction is an error, not silently cut. */
  public long integer(Object x) {
    return number(x).longValueExact();
  }

  /** Rounds half up to {@code places} decimals. */
  public BigDecimal round(Object x, int places) {
    Limits.places(places);
    BigDecimal d = number(x);
    Limits.number(d);
    return d.setScale(places, RoundingMode.HALF_UP);
  }

  /** Formats with a {@link DecimalFormat} pattern such as {@code #,##0.00}. */
  public String format_number(Object x, Object pattern) {
    BigDecimal d = number(x);
    Limits.number(d);
    return new DecimalFormat(str(pattern), DecimalFormatSymbols.getInstance(Locale.ROOT)).format(d);
  }

  // ---- dates

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  /** A date from ISO text ({@code 2024-05-01}) or a date value. */
  public LocalDate date(Object x) {
    return x instanceof LocalDate d ? d : Normalize.date(str(x), List.of());
  }

  /** A date from text in a format such as {@code yyyy年M月d日}. */
  public LocalDate date(Object x, Object format) {
    return x instanceof LocalDate d ? d : Normalize.date(str(x), List.of(str(format)));
  }

  public String format_date(Object d, Object format) {
    TemporalAccessor t = d instanceof TemporalAccessor ta ? ta : date(d);
    return Normalize.formatter(str(format)).format(t);
  }

  public LocalDate add_days(Object d, long days) {
    return date(d).plusDays(days);
  }

  public LocalDate add_months(Object d, long months) {
    return date(d).plusMonths(months);
  }

  /** Days from {@code a} to {@code b} (negative when b is earlier). */
  public long days_between(Object a, Object b) {
    return ChronoUnit.DAYS.between(date(a), date(b));
  }
}
