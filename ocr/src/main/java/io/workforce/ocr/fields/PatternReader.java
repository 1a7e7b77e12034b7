package io.workforce.ocr.fields;

import io.workforce.ocr.Messages;
import io.workforce.ocr.OcrBusinessException.Reason;
import io.workforce.ocr.PageSegMode;
import io.workforce.ocr.Preprocessing;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text that must match the flow's {@code pattern} (a verification code, a case number): read again
 * with other preprocessing until two reads match and agree, at most {@link #MAX_READS} times, then
 * a business error that lists what was read. Agreement, as for amounts and dates: a pattern such as
 * {@code \d{4}} is also matched by a misread (a captcha's {@code 7775} read as {@code 7115} at 1×),
 * and a misread is rarely repeated at another scale or with thresholding. A value only one read
 * ever matched is taken when no other read matched anything else.
 */
final class PatternReader extends BaseReader {

  /**
   * Each scale plain and thresholded: plain reads screen text best, thresholding drops the thin
   * lines and noise of an image code (docs/ocr.md#captcha has the read rates).
   */
  static final List<Preprocessing> SEQUENCE =
      List.of(
          Preprocessing.auto(),
          Preprocessing.auto().withBinarize(true),
          scale(2),
          scale(2).withBinarize(true),
          scale(3),
          scale(3).withBinarize(true),
          scale(1.5),
          scale(1).withBinarize(true));

  /** The most reads one image gets. */
  static final int MAX_READS = SEQUENCE.size();

  private final Pattern pattern;

  PatternReader(String languages, String whitelist, Pattern pattern) {
    super("text", languages, whitelist, PageSegMode.SINGLE_BLOCK, SEQUENCE, 2, 0, true);
    this.pattern = pattern;
  }

  @Override
  Parse interpret(String text) {
    String clean = TextReader.clean(text);
    if (pattern.matcher(clean).matches()) {
      return new Parse.Ok(clean, clean);
    }
    // Tesseract puts spaces between the glyphs of spaced-out codes; they are not part of the value.
    String joined = clean.replaceAll("\\s+", "");
    if (!joined.equals(clean) && pattern.matcher(joined).matches()) {
      return new Parse.Ok(joined, joined);
    }
    return new Parse.Rejected(
        clean.isEmpty() ? Reason.UNREADABLE : Reason.WRONG_FORMAT,
        clean,
        Messages.say("应符合 pattern " + pattern.pattern(), "expected pattern " + pattern.pattern()));
  }
}
