package io.workforce.ocr.fields;

import io.workforce.ocr.Messages;
import io.workforce.ocr.OcrBusinessException.Reason;
import io.workforce.ocr.PageSegMode;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as Chinese systems show them: {@code 1,200.00万元}, {@code ¥3,456.70}, {@code 12.5亿元},
 * {@code 1234.00}, full-width digits. The value is in yuan (万 × 10⁴, 亿 × 10⁸). Thousands separators
 * must group by three: {@code 12,34.00} is a misread, not an amount. No check digit, so two reads
 * must agree.
 */
final class AmountReader extends BaseReader {

  static final String WHITELIST = "0123456789,.-万亿元¥￥";
  private static final Pattern AMOUNT =
      Pattern.compile("(-)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(万|亿)?元?");

  AmountReader() {
    super("amount", "chi_sim+eng", WHITELIST, PageSegMode.SINGLE_LINE, UNCHECKED_SEQUENCE, 2, 0);
  }

  @Override
  Parse interpret(String text) {
    String compact =
        Labels.strip(
            Normalise.compact(text).replace("人民币", "").replace("RMB", "").replace("CNY", ""));
    String body = compact.startsWith("¥") ? compact.substring(1) : compact;
    if (body.isEmpty()) {
      return new Parse.Rejected(Reason.UNREADABLE, compact, "");
    }
    Matcher m = AMOUNT.matcher(body);
    if (!m.matches()) {
      return new Parse.Rejected(
          Reason.WRONG_FORMAT,
          compact,
          Messages.say(
              "金额应形如 1,200.00 或 1,200.00万元", "an amount looks like 1,200.00 or 1,200.00万元"));
    }
    BigDecimal number =
        new BigDecimal(m.group(2).replace(",", "") + (m.group(3) == null ? "" : "." + m.group(3)));
    if ("万".equals(m.group(4))) {
      number = number.multiply(BigDecimal.valueOf(10_000));
    } else if ("亿".equals(m.group(4))) {
      number = number.multiply(BigDecimal.valueOf(100_000_000));
    }
    return new Parse.Ok(m.group(1) == null ? number : number.negate(), compact);
  }
}
