package io.workforce.samples.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Receipt numbers of the intake system: {@code SL} + filing date + a four-digit counter of that
 * day.
 */
public final class ReceiptNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private ReceiptNumbers() {}

  /** e.g. {@code SL202506180007} for the seventh application of 18 June 2025. */
  public static String format(LocalDate day, int counter) {
    return "SL" + Digits.basicDate(day) + Digits.pad(counter, 4);
  }

  /** The filing day of a receipt number. */
  public static LocalDate day(String receiptNo) {
    return LocalDate.parse(receiptNo.substring(2, 10), DAY);
  }

  /** The day's counter of a receipt number. */
  public static int counter(String receiptNo) {
    return Integer.parseInt(receiptNo.substring(10));
  }
}
