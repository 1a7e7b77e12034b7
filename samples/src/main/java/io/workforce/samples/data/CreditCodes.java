package io.workforce.samples.data;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters, the last one a check
 * character over the first 17 in the alphabet {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, Z, S, V).
 * Positions 9–17 are an organisation code (GB 11714) with its own check character.
 */
public final class CreditCodes {

  /** The 31 characters a credit code may contain, in value order. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private CreditCodes() {}

  /** The check character for the first 17 characters of a credit code. */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() != 17) {
      throw new IllegalArgumentException("a credit code body has 17 characters, got: " + first17);
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

  /** True when {@code code} has 18 allowed characters and a correct check character. */
  public static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return checkCharacter(code.substring(0, 17)) == code.charAt(17);
  }

  /** The GB 11714 check character of an 8-character organisation code body (digits and A–Z). */
  public static char organisationCheck(String first8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = first8.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += value * ORG_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }
}
