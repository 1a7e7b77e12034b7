package io.workforce.samples;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Durations as people type them: {@code 200ms}, {@code 2s}, {@code 10m}, {@code 1h}, {@code 0}, or
 * ISO {@code PT10M}.
 */
final class DurationConverter implements ITypeConverter<Duration> {

  private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  static Duration parse(String value) {
    String v = value.trim().toLowerCase();
    Matcher m = SIMPLE.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? (n == 0 ? "ms" : "") : m.group(2);
      switch (unit) {
        case "ms":
          return Duration.ofMillis(n);
        case "s":
          return Duration.ofSeconds(n);
        case "m":
          return Duration.ofMinutes(n);
        case "h":
          return Duration.ofHours(n);
        default:
          break;
      }
    } else {
      try {
        return Duration.parse(value.trim().toUpperCase());
      } catch (DateTimeParseException e) {
        // fall through to the message below
      }
    }
    throw new TypeConversionException(
        Lang.say(
            "'" + value + "' 不是时长，请写成 200ms、2s、10m、1h 或 PT10M",
            "'" + value + "' is not a duration; write it like 200ms, 2s, 10m, 1h or PT10M"));
  }
}
