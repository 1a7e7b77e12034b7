package io.workforce.ocr.fields;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Resident identity card numbers (公民身份号码, GB 11643-1999): six digits of a division code, eight of
 * the birth date, three of a sequence number and a check character over the first 17 by ISO 7064
 * MOD 11-2 ({@code 0-9} or {@code X}).
 */
public final class IdNumbers {

  /** The characters an ID number may contain. */
  public static final String ALPHABET = "0123456789X";

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECKS = "10X98765432";

  private IdNumbers() {}

  /** The ISO 7064 MOD 11-2 check character of 17 digits. */
  public static char checkCharacter(String first17) {
    if (first17 == null || !first17.matches("\\d{17}")) {
      throw new IllegalArgumentException("an ID number body is 17 digits, got: " + first17);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECKS.charAt(sum % 11);
  }

  /** True when the form is 17 digits and a check character. */
  public static boolean hasValidForm(String id) {
    return id != null && id.matches("\\d{17}[\\dX]");
  }

  /** True when the form, the birth date and the check character are right. */
  public static boolean isValid(String id) {
    return hasValidForm(id)
        && hasValidBirthDate(id)
        && checkCharacter(id.substring(0, 17)) == id.charAt(17);
  }

  /** True when characters 7–14 are a real date. */
  public static boolean hasValidBirthDate(String id) {
    try {
      LocalDate.of(
          Integer.parseInt(id.substring(6, 10)),
          Integer.parseInt(id.substring(10, 12)),
          Integer.parseInt(id.substring(12, 14)));
      return true;
    } catch (DateTimeException | NumberFormatException e) {
      return false;
    }
  }

  /** A valid number from its parts; {@code sequence} 0–999 (odd for men). */
  public static String of(String divisionCode, LocalDate birthDate, int sequence) {
    String body =
        divisionCode
            + String.format(
                "%04d%02d%02d%03d",
                birthDate.getYear(),
                birthDate.getMonthValue(),
                birthDate.getDayOfMonth(),
                sequence);
    return body + checkCharacter(body);
  }
}
