package io.workforce.ocr;

import java.util.Objects;

/**
 * The image was read, but what it shows is not a valid value of the requested kind: an ID number
 * whose check digit fails, an amount that does not parse, a read below the required confidence. The
 * item is wrong (or the image unusable); retrying reads the same. Carries the value read and the
 * reason.
 */
public final class OcrBusinessException extends OcrException {

  /** Why a read was rejected. */
  public enum Reason {
    /** Nothing usable was found on the image. */
    UNREADABLE("未识别到内容", "nothing could be read"),
    /** The text does not have the form the field needs (length, characters, grammar). */
    WRONG_FORMAT("格式不符", "wrong format"),
    /** The form is right but the check character does not match (ISO 7064 / GB 32100). */
    CHECK_FAILED("校验位不符", "check character does not match"),
    /** The form is right but the value is impossible (e.g. 2023-02-30). */
    INVALID_VALUE("数值无效", "impossible value"),
    /** Reads with different preprocessing gave different valid values; none can be trusted. */
    AMBIGUOUS("多次识别结果不一致", "reads disagree"),
    /** The read is below the required confidence. */
    LOW_CONFIDENCE("识别置信度过低", "confidence too low");

    private final String zh;
    private final String en;

    Reason(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    /** The reason in the user's language. */
    public String text() {
      return Messages.say(zh, en);
    }
  }

  private final String field;
  private final String valueRead;
  private final Reason reason;
  private final String detail;

  /**
   * @param field the field reader's name, e.g. {@code id_number}
   * @param valueRead the text as read (never a secret: OCR reads what is on screen)
   * @param reason why it was rejected
   * @param detail specifics, e.g. "expected X, found 3"
   */
  public OcrBusinessException(String field, String valueRead, Reason reason, String detail) {
    super(format(field, valueRead, reason, detail), null);
    this.field = Objects.requireNonNull(field);
    this.valueRead = valueRead == null ? "" : valueRead;
    this.reason = Objects.requireNonNull(reason);
    this.detail = detail == null ? "" : detail;
  }

  private static String format(String field, String valueRead, Reason reason, String detail) {
    String shown =
        valueRead == null || valueRead.isEmpty()
            ? Messages.say("(空)", "(empty)")
            : "\"" + valueRead + "\"";
    String tail = detail == null || detail.isEmpty() ? "" : ": " + detail;
    return Messages.say(
        "识别字段 " + field + " 得到 " + shown + ", " + reason.text() + tail,
        "OCR field " + field + " read " + shown + ", " + reason.text() + tail);
  }

  public String field() {
    return field;
  }

  public String valueRead() {
    return valueRead;
  }

  public Reason reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }

  @Override
  public boolean isBusinessError() {
    return true;
  }
}
