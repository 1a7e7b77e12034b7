package io.workforce.ocr.fields;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value read by a {@link FieldReader}.
 *
 * @param field the reader's name, e.g. {@code amount}
 * @param value the value: {@link BigDecimal} (amount, in yuan), {@link LocalDate} (date), {@link
 *     String} (id_number, credit_code, text)
 * @param text the text as read, normalised (full-width characters folded, spaces removed)
 * @param confidence Tesseract's mean confidence of the accepted read, 0–100 (100 for parsed text)
 * @param attempts how many reads it took (each with other preprocessing) until the value checked
 *     out
 */
public record FieldValue(String field, Object value, String text, float confidence, int attempts) {

  /** The value of an amount. */
  public BigDecimal decimal() {
    return (BigDecimal) value;
  }

  /** The value of a date. */
  public LocalDate date() {
    return (LocalDate) value;
  }

  /**
   * The value as text: the plain value for id_number, credit_code and text; ISO form for a date.
   */
  public String string() {
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }
}
