package io.workforce.ocr.fields;

import io.workforce.ocr.Messages;
import io.workforce.ocr.OcrBusinessException.Reason;
import io.workforce.ocr.PageSegMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 18-character unified social credit codes. The GB 32100 check character proves a read. The letters
 * I and O are never used in codes, so typed or misread {@code O}/{@code I} are taken as {@code
 * 0}/{@code 1}; the check decides whether that was right.
 */
final class CreditCodeReader extends BaseReader {

  private static final Pattern CODE = Pattern.compile("(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])");

  CreditCodeReader() {
    super(
        "credit_code",
        "eng",
        CreditCodes.ALPHABET,
        PageSegMode.SINGLE_LINE,
        CHECKED_SEQUENCE,
        1,
        18);
  }

  @Override
  Parse interpret(String text) {
    String compact =
        Labels.strip(Normalise.compact(text).toUpperCase(Locale.ROOT).replace("-", ""))
            .replace('O', '0')
            .replace('I', '1');
    if (compact.isEmpty()) {
      return new Parse.Rejected(Reason.UNREADABLE, compact, "");
    }
    Matcher m = CODE.matcher(compact);
    if (!m.find()) {
      return new Parse.Rejected(
          Reason.WRONG_FORMAT,
          compact,
          Messages.say(
              "统一社会信用代码应为 18 位, 读到 " + compact.length() + " 个字符",
              "a credit code is 18 characters; read " + compact.length()));
    }
    String code = m.group();
    for (int i = 0; i < code.length(); i++) {
      if (CreditCodes.ALPHABET.indexOf(code.charAt(i)) < 0) {
        return new Parse.Rejected(
            Reason.WRONG_FORMAT,
            code,
            Messages.say(
                "第 " + (i + 1) + " 位 '" + code.charAt(i) + "' 不是信用代码字符 (不用 I O S V Z)",
                "character "
                    + (i + 1)
                    + " '"
                    + code.charAt(i)
                    + "' is not used in credit codes (no I O S V Z)"));
      }
    }
    char expected = CreditCodes.checkCharacter(code.substring(0, 17));
    if (expected != code.charAt(17)) {
      return new Parse.Rejected(
          Reason.CHECK_FAILED,
          code,
          Messages.say(
              "第 18 位应为 " + expected + ", 实为 " + code.charAt(17),
              "the 18th character should be " + expected + ", is " + code.charAt(17)));
    }
    return new Parse.Ok(code, code);
  }
}
