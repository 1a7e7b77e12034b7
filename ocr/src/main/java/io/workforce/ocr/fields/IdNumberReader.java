package io.workforce.ocr.fields;

import io.workforce.ocr.Messages;
import io.workforce.ocr.OcrBusinessException.Reason;
import io.workforce.ocr.PageSegMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 18-character resident ID numbers. The check character (ISO 7064 MOD 11-2) proves a read; a number
 * whose check fails on every read is a business error: the image shows an invalid number.
 */
final class IdNumberReader extends BaseReader {

  private static final Pattern ID = Pattern.compile("(?<![0-9X])\\d{17}[0-9X](?![0-9X])");

  IdNumberReader() {
    super("id_number", "eng", IdNumbers.ALPHABET, PageSegMode.SINGLE_LINE, CHECKED_SEQUENCE, 1, 18);
  }

  @Override
  Parse interpret(String text) {
    String compact = Labels.strip(Normalise.compact(text).toUpperCase(Locale.ROOT));
    if (compact.isEmpty()) {
      return new Parse.Rejected(Reason.UNREADABLE, compact, "");
    }
    Matcher m = ID.matcher(compact);
    if (!m.find()) {
      return new Parse.Rejected(
          Reason.WRONG_FORMAT,
          compact,
          Messages.say(
              "身份证号应为 17 位数字加 1 位数字或 X, 读到 " + compact.length() + " 个字符",
              "an ID number is 17 digits and a digit or X; read "
                  + compact.length()
                  + " characters"));
    }
    String id = m.group();
    if (!IdNumbers.hasValidBirthDate(id)) {
      return new Parse.Rejected(
          Reason.INVALID_VALUE,
          id,
          Messages.say(
              "出生日期 " + id.substring(6, 14) + " 不存在",
              "birth date " + id.substring(6, 14) + " does not exist"));
    }
    char expected = IdNumbers.checkCharacter(id.substring(0, 17));
    if (expected != id.charAt(17)) {
      return new Parse.Rejected(
          Reason.CHECK_FAILED,
          id,
          Messages.say(
              "第 18 位应为 " + expected + ", 实为 " + id.charAt(17),
              "the 18th character should be " + expected + ", is " + id.charAt(17)));
    }
    return new Parse.Ok(id, id);
  }
}
