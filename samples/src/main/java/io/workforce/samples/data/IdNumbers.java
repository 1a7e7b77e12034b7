package io.workforce.samples.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Resident identity card numbers (公民身份号码, GB 11643): six digits of the place of birth's division,
 * eight of the birth date, three of a sequence (odd for men) and an ISO 7064 MOD 11-2 check
 * character ({@code 0-9} or {@code X}).
 */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECKS = "10X98765432";
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private IdNumbers() {}

  /** The ISO 7064 MOD 11-2 check character of 17 digits. */
  public static char checkDigit(String first17) {
    if (first17 == null || !first17.matches("\\d{17}")) {
      throw new IllegalArgumentException("an ID number body has 17 digits, got: " + first17);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECKS.charAt(sum % 11);
  }

  /** Builds a valid number from its parts; {@code sequence} 0–999, odd for men. */
  public static String of(String divisionCode, LocalDate birthDate, int sequence) {
    String body = divisionCode + Digits.basicDate(birthDate) + Digits.pad(sequence, 3);
    return body + checkDigit(body);
  }

  /** True when {@code id} has 17 digits, a real birth date and a correct check character. */
  public static boolean isValid(String id) {
    if (id == null || !id.matches("\\d{17}[\\dX]")) {
      return false;
    }
    try {
      LocalDate.parse(id.substring(6, 14), BASIC);
    } catch (DateTimeParseException e) {
      return false;
    }
    return checkDigit(id.substring(0, 17)) == id.charAt(17);
  }

  /** The birth date written in a (syntactically valid) number. */
  public static LocalDate birthDate(String id) {
    return LocalDate.parse(id.substring(6, 14), BASIC);
  }

  /** "男" when the sequence is odd, else "女". */
  public static String gender(String id) {
    return (id.charAt(16) - '0') % 2 == 1 ? "男" : "女";
  }
}
