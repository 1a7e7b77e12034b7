package io.workforce.ocr.fields;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from {@link #ALPHABET} (no
 * I, O, S, V, Z), the last a check character over the first 17 (weights 3^i mod 31). Characters
 * 9–17 are an organisation code (GB 11714) with its own check character.
 */
public final class CreditCodes {

  /** The 31 characters a credit code may contain, in value order. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private CreditCodes() {}

  /** The GB 32100 check character of the first 17 characters. */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() != 17) {
      throw new IllegalArgumentException("a credit code body is 17 characters, got: " + first17);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = ALPHABET.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException(
            "'"
                + first17.charAt(i)
                + "' at position "
                + (i + 1)
                + " is not allowed in a credit code (allowed: "
                + ALPHABET
                + ")");
      }
      sum += value * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** True when the code is 18 characters of the alphabet. */
  public static boolean hasValidForm(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    return code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }

  /** True when the form and the GB 32100 check character are right. */
  public static boolean isValid(String code) {
    return hasValidForm(code) && checkCharacter(code.substring(0, 17)) == code.charAt(17);
  }

  /** The GB 11714 check character of an 8-character organisation code body (digits and A–Z). */
  public static char organisationCheck(String first8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = first8.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += value * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /** A valid code from its first 17 characters. */
  public static String of(String first17) {
    return first17 + checkCharacter(first17);
  }
}
