package io.workforce.ocr.fields;

import io.workforce.ocr.Messages;
import io.workforce.ocr.OcrBusinessException.Reason;
import io.workforce.ocr.PageSegMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates: {@code 2024-03-05}, {@code 2024/3/5}, {@code 2024.03.05}, {@code 2024年3月5日}, {@code
 * 20240305}.
 */
final class DateReader extends BaseReader {

  static final String WHITELIST = "0123456789-/.年月日";
  private static final Pattern SEPARATED =
      Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
  private static final Pattern BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

  DateReader() {
    super("date", "chi_sim+eng", WHITELIST, PageSegMode.SINGLE_LINE, UNCHECKED_SEQUENCE, 2, 0);
  }

  @Override
  Parse interpret(String text) {
    String compact = Labels.strip(Normalise.compact(text));
    if (compact.isEmpty()) {
      return new Parse.Rejected(Reason.UNREADABLE, compact, "");
    }
    Matcher m = SEPARATED.matcher(compact);
    if (!m.matches()) {
      m = BASIC.matcher(compact);
    }
    if (!m.matches()) {
      return new Parse.Rejected(
          Reason.WRONG_FORMAT,
          compact,
          Messages.say(
              "日期应形如 2024-03-05 或 2024年3月5日", "a date looks like 2024-03-05 or 2024年3月5日"));
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return new Parse.Ok(date, compact);
    } catch (DateTimeException e) {
      return new Parse.Rejected(
          Reason.INVALID_VALUE, compact, Messages.say("日期不存在", "no such date"));
    }
  }
}
